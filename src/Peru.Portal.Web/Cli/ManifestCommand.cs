using System.CommandLine;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Cli;

/// <summary><c>manifest</c>: adds every address the content publishes to the list of published addresses.</summary>
public static class ManifestCommand
{
    public static Command Create()
    {
        var content = CommandLine.ContentOption();
        var manifest = new Option<string>("--manifest")
        {
            Description = $"the list to extend (default: {AddressManifest.DefaultPath} beside the content folder)",
            HelpName = "FILE",
        };
        var command = new Command("manifest", "add every address the content publishes to the list of published addresses; never removes one")
        {
            content,
            manifest,
        };
        command.SetAction(parsed => Run(parsed.GetValue(content), parsed.GetValue(manifest), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? content, string? manifest, TextWriter output, TextWriter error)
    {
        var cwd = CommandLine.InvocationDirectory();
        var root = CommandLine.ContentRoot(content, cwd);
        var result = CommandLine.Load(root);
        if (!result.IsValid)
        {
            error.WriteLine($"{root}: the content has {result.Problems.Count} problem(s); run validate first");
            return 1;
        }

        var addresses = PublishedAddresses.From(result.Content);
        var file = manifest is not null
            ? Path.GetFullPath(Path.Combine(cwd, manifest))
            : Path.Combine(Path.GetDirectoryName(root)!, AddressManifest.DefaultPath);
        var added = AddressManifest.Extend(file, addresses);
        output.WriteLine($"{file}: {added} address(es) added, {AddressManifest.Read(file).Count} listed");
        return 0;
    }
}
