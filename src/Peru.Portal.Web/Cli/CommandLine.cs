using System.CommandLine;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Cli;

/// <summary>
/// The portal's commands for staff and scripts, parsed by System.CommandLine; each command is declared in its own
/// file. Exit codes are the contract's: 0 done, 1 the content or the work failed, 2 bad usage (with the usage).
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: Peru.Portal.Web validate [--content DIR] [--format text|json|github]
               Peru.Portal.Web manifest [--content DIR] [--manifest FILE]
               Peru.Portal.Web export --out DIR [--content DIR] [--base-url URL]
               Peru.Portal.Web new achievement --year YYYY-YYYY --slug SLUG [--title TEXT] [--theme THEME] [--reference SOURCE]
               Peru.Portal.Web new project --slug SLUG [--title TEXT] [--theme THEME] [--reference SOURCE]
               Peru.Portal.Web new theme --slug SLUG [--title TEXT]
               Peru.Portal.Web preview [--content DIR] [--urls URL]
               Peru.Portal.Web report [--content DIR] [--format text|json] [--stale-days DAYS]
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
          new        write a new page and its twins in every language, front matter filled
                     in and every value to write marked Todo; achievements and projects
                     are written as drafts; refuses to overwrite; prints the paths
          preview    run the portal with Portal:Preview=true (drafts and scheduled pages
                     shown) on http://localhost:5081 unless --urls or ASPNETCORE_URLS says
          report     list drafts, scheduled and expired pages, pages not changed for
                     --stale-days (365), translations older than their English page,
                     placeholders left and open problems; exit 0, 2 on bad usage
          every command takes --content DIR; --help on a command tells its options
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken stopping = default)
    {
        var root = new RootCommand("Peru.Portal.Web: the portal, and its commands for staff and scripts")
        {
            ValidateCommand.Create(),
            ManifestCommand.Create(),
            ExportCommand.Create(),
            NewCommand.Create(),
            PreviewCommand.Create(),
            ReportCommand.Create(),
        };

        // An argument starting with @ is a path an editor typed, not a response file to expand.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine would answer a parse error with its help and exit 1; the contract says 2, with the usage.
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine(Usage);
            return 2;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stopping);
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

    /// <summary>The <c>--content DIR</c> every command takes: where the content is, when it is not where the portal would look.</summary>
    internal static Option<string> ContentOption() => new("--content")
    {
        Description = "the content folder (default: Portal:ContentPath, else the repository's content/)",
        HelpName = "DIR",
    };

    /// <summary>The content folder, absolute: the option, else <c>Portal__ContentPath</c>, else the repository's.</summary>
    internal static string ContentRoot(string? given, string cwd) =>
        new PortalOptions { ContentPath = given ?? Environment.GetEnvironmentVariable("Portal__ContentPath") }.ResolveContentPath(cwd);

    /// <summary>Reads the content as the portal would: every problem and warning, nothing written.</summary>
    internal static ContentLoadResult Load(string root) => new ContentLoader(new MarkdownRenderer(), Languages()).Load(root);

    /// <summary>The languages, as the portal would have them: the table, and any added by configuration.</summary>
    internal static Localization.LanguageTable Languages() => Localization.LanguageTable.From(new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build());
}
