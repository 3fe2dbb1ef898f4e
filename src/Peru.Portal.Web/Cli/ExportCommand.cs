using System.CommandLine;
using System.Globalization;
using Peru.Portal.Web.Export;

namespace Peru.Portal.Web.Cli;

/// <summary><c>export</c>: writes the whole site as static files a CDN or an object store serves as they are.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var content = CommandLine.ContentOption();
        var output = new Option<string>("--out") { Description = "where to write (a previous export there is replaced)", HelpName = "DIR" };
        var baseUrl = new Option<string>("--base-url") { Description = "the public address in canonical links, feeds and the sitemap", HelpName = "URL" };
        var shareImages = new Option<string>("--share-images")
        {
            Description = "where to keep the share images drawn, so the next export draws only new and changed ones (a temporary folder by default)",
            HelpName = "DIR",
        };
        var command = new Command("export", "write every page, feed, open data file and asset as static files")
        {
            content,
            output,
            baseUrl,
            shareImages,
        };
        command.SetAction((parsed, _) => RunAsync(
            parsed.GetValue(content), parsed.GetValue(output), parsed.GetValue(baseUrl), parsed.GetValue(shareImages), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static async Task<int> RunAsync(string? content, string? given, string? baseUrl, string? shareImages, TextWriter output, TextWriter error)
    {
        // Checked here rather than marked Required, so the message names the command as the contract words it.
        if (given is null)
        {
            error.WriteLine("export needs --out DIR");
            error.WriteLine(CommandLine.Usage);
            return 2;
        }

        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            error.WriteLine($"--base-url '{baseUrl}' is not an http or https address");
            return 2;
        }

        var cwd = CommandLine.InvocationDirectory();
        var root = CommandLine.ContentRoot(content, cwd);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var loaded = CommandLine.Load(root);
        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Problems)
            {
                error.WriteLine($"{Path.Combine(root, problem.Path)}:{problem.Line}: {problem.Message}");
            }

            error.WriteLine($"{root}: the content has {loaded.Problems.Count} problem(s); nothing exported");
            return 1;
        }

        // A previous export is replaced; any other folder with files in it is left alone, since stale or foreign
        // files would be served as part of the site.
        var folder = new DirectoryInfo(Path.GetFullPath(Path.Combine(cwd, given)));
        var images = shareImages is null ? null : Path.GetFullPath(Path.Combine(cwd, shareImages));
        if (images is not null && (images + Path.DirectorySeparatorChar).StartsWith(folder.FullName.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Inside the export it would be published with the site, and removed by the next export.
            error.WriteLine($"--share-images {images}: inside the output folder; choose a folder outside it");
            return 2;
        }

        if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
        {
            if (!File.Exists(Path.Combine(folder.FullName, StaticExport.RedirectsMap)))
            {
                error.WriteLine($"{folder.FullName}: not empty and not a previous export; choose an empty or new folder");
                return 2;
            }

            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo dir)
                {
                    dir.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }

        output.WriteLine($"exporting {root} to {folder.FullName}");
        try
        {
            var summary = await StaticExport.RunAsync(new ExportRequest(root, folder.FullName, StaticExport.FindWebProject(), baseUrl, images, loaded), output);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.Pages} pages, {summary.Redirects} redirects, {summary.DataFiles} data files, {summary.Assets} assets, {summary.Bytes} bytes in {summary.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        }
        catch (ExportFailedException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"export incomplete: {e.Problems.Count} problem(s)");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{folder.FullName}: {e.Message}");
            return 1;
        }
    }
}
