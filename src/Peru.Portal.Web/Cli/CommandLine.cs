using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Cli;

/// <summary>The portal's commands for staff and scripts: <c>validate</c> checks content and changes nothing.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: Peru.Portal.Web validate [--content DIR]
          validate   check every content file, print each problem as path:line: message
                     exit 0 when clean, 1 when there are problems, 2 on bad usage
        """;

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        switch (args[0])
        {
            case "validate":
                return Validate(args[1..], output, error);
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

    private static int Validate(string[] args, TextWriter output, TextWriter error)
    {
        string? contentPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                contentPath = args[++i];
            }
            else
            {
                error.WriteLine($"unexpected argument '{args[i]}'");
                error.WriteLine(Usage);
                return 2;
            }
        }

        var options = new PortalOptions { ContentPath = contentPath ?? Environment.GetEnvironmentVariable("Portal__ContentPath") };
        var cwd = InvocationDirectory();
        var root = options.ResolveContentPath(cwd);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var result = new ContentLoader(new MarkdownRenderer()).Load(root);
        var shown = Path.GetRelativePath(cwd, root);
        if (shown.StartsWith("..", StringComparison.Ordinal))
        {
            shown = root;
        }

        foreach (var problem in result.Problems)
        {
            output.WriteLine($"{Path.Combine(shown, problem.Path)}:{problem.Line}: {problem.Message}");
        }

        var content = result.Content;
        output.WriteLine(result.IsValid
            ? $"{content.FileCount} files checked: no problems ({content.Achievements.Count} achievements, {content.Projects.Count} projects, {content.Themes.Count} themes)"
            : $"{content.FileCount} files checked: {result.Problems.Count} problem(s)");
        return result.IsValid ? 0 : 1;
    }
}
