using System.Globalization;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Export;

namespace Peru.Portal.Web.Cli;

/// <summary>The portal's commands for staff and scripts: <c>validate</c> checks content and changes nothing.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: Peru.Portal.Web validate [--content DIR]
               Peru.Portal.Web manifest [--content DIR] [--manifest FILE]
               Peru.Portal.Web export --out DIR [--content DIR] [--base-url URL]
          validate   check every content file, print each problem as path:line: message
                     and each warning as path:line: warning: message (an acronym the
                     glossary lacks); exit 0 when clean (warnings allowed), 1 when there
                     are problems, 2 on bad usage
          manifest   add every address the content publishes to the list of published
                     addresses (default docs/published-addresses.txt); never removes one
          export     write every page, feed, open data file and asset as static files in DIR
                     (pages as path/index.html), old addresses as redirect pages and an
                     nginx map; --base-url sets the address in canonical links, feeds and
                     the sitemap; exit 0 when done, 1 when the content is invalid or an
                     address failed (named), 2 on bad usage
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        switch (args[0])
        {
            case "validate":
                return Validate(args[1..], output, error);
            case "manifest":
                return Manifest(args[1..], output, error);
            case "export":
                return await Export(args[1..], output, error);
            default:
                error.WriteLine($"unknown command '{args[0]}'");
                error.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>
    /// The folder the command was typed in. <c>dotnet run</c> starts a web project in its own folder (so wwwroot is
    /// found), but editors type paths relative to where they are; POSIX shells keep that folder in PWD.
    /// </summary>
    public static string InvocationDirectory()
    {
        var pwd = Environment.GetEnvironmentVariable("PWD");
        return !string.IsNullOrEmpty(pwd) && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();
    }

    /// <summary>Reads "--name value" pairs; null, after printing the usage, when anything else is given.</summary>
    private static Dictionary<string, string>? Options(string[] args, TextWriter error, params string[] names)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (names.Contains(args[i]) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i]] = args[++i];
            }
            else
            {
                error.WriteLine($"unexpected argument '{args[i]}'");
                error.WriteLine(Usage);
                return null;
            }
        }

        return options;
    }

    private static int Manifest(string[] args, TextWriter output, TextWriter error)
    {
        if (Options(args, error, "--content", "--manifest") is not { } options)
        {
            return 2;
        }

        var cwd = InvocationDirectory();
        var root = new PortalOptions { ContentPath = options.GetValueOrDefault("--content") ?? Environment.GetEnvironmentVariable("Portal__ContentPath") }.ResolveContentPath(cwd);
        var result = new ContentLoader(new MarkdownRenderer(), Languages()).Load(root);
        if (!result.IsValid)
        {
            error.WriteLine($"{root}: the content has {result.Problems.Count} problem(s); run validate first");
            return 1;
        }

        var addresses = PublishedAddresses.From(result.Content);
        var file = options.TryGetValue("--manifest", out var given)
            ? Path.GetFullPath(Path.Combine(cwd, given))
            : Path.Combine(Path.GetDirectoryName(root)!, AddressManifest.DefaultPath);
        var added = AddressManifest.Extend(file, addresses);
        output.WriteLine($"{file}: {added} address(es) added, {AddressManifest.Read(file).Count} listed");
        return 0;
    }

    private static async Task<int> Export(string[] args, TextWriter output, TextWriter error)
    {
        if (Options(args, error, "--content", "--out", "--base-url") is not { } options)
        {
            return 2;
        }

        if (!options.TryGetValue("--out", out var given))
        {
            error.WriteLine("export needs --out DIR");
            error.WriteLine(Usage);
            return 2;
        }

        var baseUrl = options.GetValueOrDefault("--base-url");
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            error.WriteLine($"--base-url '{baseUrl}' is not an http or https address");
            return 2;
        }

        var cwd = InvocationDirectory();
        var root = new PortalOptions { ContentPath = options.GetValueOrDefault("--content") ?? Environment.GetEnvironmentVariable("Portal__ContentPath") }.ResolveContentPath(cwd);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var content = new ContentLoader(new MarkdownRenderer(), Languages()).Load(root);
        if (!content.IsValid)
        {
            foreach (var problem in content.Problems)
            {
                error.WriteLine($"{Path.Combine(root, problem.Path)}:{problem.Line}: {problem.Message}");
            }

            error.WriteLine($"{root}: the content has {content.Problems.Count} problem(s); nothing exported");
            return 1;
        }

        // A previous export is replaced; any other folder with files in it is left alone, since stale or foreign
        // files would be served as part of the site.
        var folder = new DirectoryInfo(Path.GetFullPath(Path.Combine(cwd, given)));
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
            var summary = await StaticExport.RunAsync(new ExportRequest(root, folder.FullName, StaticExport.FindWebProject(), baseUrl), output);
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

    private static int Validate(string[] args, TextWriter output, TextWriter error)
    {
        if (Options(args, error, "--content") is not { } given)
        {
            return 2;
        }

        var contentPath = given.GetValueOrDefault("--content");
        var options = new PortalOptions { ContentPath = contentPath ?? Environment.GetEnvironmentVariable("Portal__ContentPath") };
        var cwd = InvocationDirectory();
        var root = options.ResolveContentPath(cwd);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var result = new ContentLoader(new MarkdownRenderer(), Languages()).Load(root);
        var shown = Path.GetRelativePath(cwd, root);
        if (shown.StartsWith("..", StringComparison.Ordinal))
        {
            shown = root;
        }

        foreach (var problem in result.Problems)
        {
            output.WriteLine($"{Path.Combine(shown, problem.Path)}:{problem.Line}: {problem.Message}");
        }

        // Warnings are printed, in the same form, and leave the exit code alone: content with warnings is imported.
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"{Path.Combine(shown, warning.Path)}:{warning.Line}: warning: {warning.Message}");
        }

        var content = result.Content;
        var warnings = result.Warnings.Count == 0 ? "" : $", {result.Warnings.Count} warning(s)";
        output.WriteLine(result.IsValid
            ? $"{content.FileCount} files checked: no problems ({content.Achievements.Count} achievements, {content.Projects.Count} projects, {content.Themes.Count} themes){warnings}"
            : $"{content.FileCount} files checked: {result.Problems.Count} problem(s){warnings}");
        return result.IsValid ? 0 : 1;
    }

    /// <summary>The languages, as the portal would have them: the table, and any added by configuration.</summary>
    private static Localization.LanguageTable Languages() => Localization.LanguageTable.From(new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build());
}
