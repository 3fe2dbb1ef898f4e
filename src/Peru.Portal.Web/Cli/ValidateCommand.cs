using System.CommandLine;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Cli;

/// <summary><c>validate</c>: checks every content file and changes nothing; prints problems in the format asked for.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var content = CommandLine.ContentOption();
        var format = ProblemFormats.Option();
        var command = new Command("validate", "check every content file, report every problem, change nothing")
        {
            content,
            format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(content), parsed.GetRequiredValue(format), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? content, string format, TextWriter output, TextWriter error)
    {
        var cwd = CommandLine.InvocationDirectory();
        var root = CommandLine.ContentRoot(content, cwd);
        if (!Directory.Exists(root))
        {
            error.WriteLine($"{root}: content folder not found");
            return 2;
        }

        var result = CommandLine.Load(root);
        switch (format)
        {
            case ProblemFormats.Json:
                ProblemFormats.WriteJson(output, result, ProblemFormats.ShownRoot(root, cwd));
                break;
            case ProblemFormats.GitHub:
                ProblemFormats.WriteGitHub(output, result, root);
                output.WriteLine(Summary(result));
                break;
            default:
                ProblemFormats.WriteText(output, result, ProblemFormats.ShownRoot(root, cwd));
                output.WriteLine(Summary(result));
                break;
        }

        return result.IsValid ? 0 : 1;
    }

    private static string Summary(ContentLoadResult result)
    {
        var content = result.Content;
        var warnings = result.Warnings.Count == 0 ? "" : $", {result.Warnings.Count} warning(s)";
        return result.IsValid
            ? $"{content.FileCount} files checked: no problems ({content.Achievements.Count} achievements, {content.Projects.Count} projects, {content.Themes.Count} themes){warnings}"
            : $"{content.FileCount} files checked: {result.Problems.Count} problem(s){warnings}";
    }
}
