using System.Xml.Linq;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Tests.Content;

/// <summary>
/// Interface strings are written with French typography in the .fr.resx files themselves, rather than corrected
/// at every lookup by a decorating localizer: what the file says is what a reader gets, the rule runs once
/// (here) instead of on every request, and the arguments put into the strings (content, already typeset at
/// import, or figures from Formats) are not passed through it twice.
/// </summary>
public sealed class FrenchResourcesTests
{
    private static string Resources => Path.Combine(Path.GetDirectoryName(Web.RealContentFactory.RepositoryContent)!, "src", "Peru.Portal.Web", "Resources");

    [Fact]
    public void EveryFrenchInterfaceString_FollowsTheFrenchTypographyRule()
    {
        var files = Directory.GetFiles(Resources, "*.fr.resx", SearchOption.AllDirectories);
        var wrong = new List<string>();
        foreach (var file in files)
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                var value = data.Element("value")?.Value ?? "";
                var typeset = FrenchTypography.Apply(value);
                if (typeset != value)
                {
                    wrong.Add($"{Path.GetRelativePath(Resources, file)}: \"{data.Attribute("name")?.Value}\" should read \"{Show(typeset)}\"");
                }
            }
        }

        Assert.True(files.Length > 20, $"the French resources are found in {Resources}");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string Show(string text) => text.Replace("\u00A0", "\\u00A0", StringComparison.Ordinal).Replace("\u202F", "\\u202F", StringComparison.Ordinal);
}
