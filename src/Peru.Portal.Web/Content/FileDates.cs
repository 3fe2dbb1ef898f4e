using System.Diagnostics;
using System.Globalization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// The date each file was last changed in git, read with one <c>git log</c> for the whole folder:
/// a page without <c>date_modified</c> shows the day its file was last committed, not the day it was cloned.
/// </summary>
public static class FileDates
{
    public static IReadOnlyDictionary<string, DateOnly> FromGit(string root)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "log", "--format=%x01%cs", "--name-only", "--relative", "--", "."])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return dates;
            }

            _ = git.StandardError.ReadToEndAsync();
            DateOnly current = default;
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('\u0001'))
                {
                    DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out current);
                }
                else if (line.Length > 0 && current != default)
                {
                    // git log lists newest commits first, so the first date seen for a file is its latest.
                    dates.TryAdd(Path.GetFullPath(Path.Combine(root, line)), current);
                }
            }

            git.WaitForExit(10_000);
            return git.ExitCode == 0 ? dates : new Dictionary<string, DateOnly>();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return dates;
        }
    }
}
