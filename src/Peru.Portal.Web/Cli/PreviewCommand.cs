using System.CommandLine;
using Peru.Portal.Web.Infrastructure;

namespace Peru.Portal.Web.Cli;

/// <summary>
/// <c>preview</c>: the portal with <c>Portal:Preview=true</c>, which shows drafts and scheduled pages, on its own port
/// and its own store, so it can run beside a portal readers use without either seeing the other's pages.
/// </summary>
public static class PreviewCommand
{
    public const string DefaultUrls = "http://localhost:5081";

    // What Kestrel reads for its addresses besides --urls: when one is set, the editor chose the address.
    private static readonly string[] AddressVariables = ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS"];

    public static Command Create()
    {
        var content = CommandLine.ContentOption();
        var urls = new Option<string>("--urls") { Description = $"where to listen (default: ASPNETCORE_URLS, else {DefaultUrls})", HelpName = "URL" };
        var command = new Command("preview", "run the portal as editors see it: drafts and scheduled pages shown, with a banner, never indexed")
        {
            content,
            urls,
        };

        // Anything else (--Portal:BaseUrl=..., --environment ...) is the host's, as when the portal is run without a command.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parsed, stopping) =>
        {
            var args = HostArguments(parsed.GetValue(content), parsed.GetValue(urls), parsed.UnmatchedTokens, Environment.GetEnvironmentVariable, CommandLine.InvocationDirectory());
            parsed.InvocationConfiguration.Output.WriteLine($"preview of {CommandLine.ContentRoot(parsed.GetValue(content), CommandLine.InvocationDirectory())} on {Listening(args)}");
            return PortalServer.RunAsync([.. args], stopping);
        });
        return command;
    }

    /// <summary>The host's arguments: preview on, the content and address asked for, a store of its own unless one is named.</summary>
    internal static IReadOnlyList<string> HostArguments(string? content, string? urls, IReadOnlyList<string> passed, Func<string, string?> environment, string cwd)
    {
        // The application is the portal's assembly whoever started it: MVC finds its controllers and views there.
        var args = new List<string>(passed) { "--Portal:Preview=true", $"--applicationName={typeof(PreviewCommand).Assembly.GetName().Name}" };
        if (content is not null)
        {
            args.Add($"--Portal:ContentPath={Path.GetFullPath(Path.Combine(cwd, content))}");
        }

        if (urls is not null)
        {
            args.Add($"--urls={urls}");
        }
        else if (!AddressVariables.Any(v => !string.IsNullOrEmpty(environment(v))) && !passed.Any(a => a.StartsWith("--urls", StringComparison.OrdinalIgnoreCase)))
        {
            args.Add($"--urls={DefaultUrls}");
        }

        // A store beside the program, not the portal's App_Data/portal.db: a portal running there keeps its own pages.
        if (string.IsNullOrEmpty(environment("ConnectionStrings__Portal")) && !passed.Any(a => a.Contains("ConnectionStrings:Portal", StringComparison.OrdinalIgnoreCase)))
        {
            args.Add($"--ConnectionStrings:Portal=Data Source={Path.Combine(AppContext.BaseDirectory, "App_Data", "preview.db")}");
        }

        return args;
    }

    private static string Listening(IReadOnlyList<string> args) =>
        args.LastOrDefault(a => a.StartsWith("--urls=", StringComparison.Ordinal))?["--urls=".Length..] ?? "the address configured";
}
