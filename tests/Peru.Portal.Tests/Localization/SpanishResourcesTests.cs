using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Peru.Portal.Tests.Localization;

/// <summary>
/// The interface text is keyed by its English: a Spanish file that lacks a key, or a value that drops a
/// placeholder, silently shows English or loses a figure on the Spanish page. Every French resource file
/// is therefore the checklist for its Spanish twin.
/// </summary>
public sealed partial class SpanishResourcesTests
{
    private static string Resources
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Peru.Portal.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "Peru.Portal.Web", "Resources");
                }
            }

            throw new DirectoryNotFoundException("the web project's Resources folder was not found above the test assembly");
        }
    }

    public static TheoryData<string> FrenchFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Resources, "*.fr.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Resources, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FrenchFiles))]
    public void FrenchResourceFile_HasASpanishTwin_WithTheSameKeysInOrder_AndCompleteValues(string french)
    {
        var spanish = SpanishTwinOf(french);
        Assert.True(File.Exists(Path.Combine(Resources, spanish)), $"{french} has no Spanish twin {spanish}");

        var problems = Problems(XDocument.Load(Path.Combine(Resources, french)), XDocument.Load(Path.Combine(Resources, spanish)));

        Assert.True(problems.Count == 0, $"{spanish}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void EverySpanishResourceFile_HasAFrenchTwin()
    {
        var orphans = Directory.EnumerateFiles(Resources, "*.es.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Resources, f))
            .Where(f => !File.Exists(Path.Combine(Resources, f[..^".es.resx".Length] + ".fr.resx")))
            .ToList();

        Assert.NotEmpty(FrenchFiles());
        Assert.Empty(orphans);
    }

    [Fact]
    public void ResourceCheck_ReportsAMissingKey_AnExtraKey_AnEmptyValue_ALostPlaceholder_AndChangedMarkup()
    {
        var french = Resx(
            ("Projects", "Projets"),
            ("Total: {0}", "Total : {0}"),
            ("Part of the <a href=\"{0}\">{1}</a>.", "Fait partie du document <a href=\"{0}\">{1}</a>."),
            ("Search", "Rechercher"),
            ("Amount", "Montant"));
        var spanish = Resx(
            ("Projects", " "),
            ("Total: {0}", "Total"),
            ("Part of the <a href=\"{0}\">{1}</a>.", "Forma parte de: {1} ({0})."),
            ("Extra", "Adicional"),
            ("Amount", "Monto"));

        var problems = string.Join("\n", Problems(french, spanish));

        Assert.Contains("missing key \"Search\"", problems, StringComparison.Ordinal);
        Assert.Contains("extra key \"Extra\"", problems, StringComparison.Ordinal);
        Assert.Contains("empty value for \"Projects\"", problems, StringComparison.Ordinal);
        Assert.Contains("\"Total: {0}\": placeholders {0} in the key, none in the value", problems, StringComparison.Ordinal);
        Assert.Contains("\"Part of the <a href=\"{0}\">{1}</a>.\": markup", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Amount\"", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysInADifferentOrder_AreReported()
    {
        var problems = Problems(Resx(("Year", "Année"), ("Value", "Valeur")), Resx(("Value", "Valor"), ("Year", "Año")));

        Assert.Contains(problems, p => p.StartsWith("keys out of the French order", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-PE")]
    public void SpanishText_IsCompiledIntoTheSatelliteAssembly(string culture)
    {
        // The resource names follow the files' place under Resources, as the localizer looks them up.
        var layout = new ResourceManager("Peru.Portal.Web.Resources.Views.Shared._Layout", typeof(Program).Assembly);
        var projects = new ResourceManager("Peru.Portal.Web.Resources.Models.ProjectsPage", typeof(Program).Assembly);

        Assert.Equal("Pasar al contenido principal", layout.GetString("Skip to main content", CultureInfo.GetCultureInfo(culture)));
        Assert.Equal("Nuevo financiamiento anunciado (dólares canadienses)", projects.GetString("New funding announced", CultureInfo.GetCultureInfo(culture)));
    }

    private static string SpanishTwinOf(string french) => french[..^".fr.resx".Length] + ".es.resx";

    internal static List<string> Problems(XDocument french, XDocument spanish)
    {
        var frenchKeys = Entries(french).Select(e => e.Key).ToList();
        var spanishEntries = Entries(spanish).ToList();
        var spanishKeys = spanishEntries.Select(e => e.Key).ToList();
        var problems = new List<string>();

        problems.AddRange(spanishKeys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"duplicate key \"{g.Key}\""));
        problems.AddRange(frenchKeys.Except(spanishKeys, StringComparer.Ordinal).Select(k => $"missing key \"{k}\""));
        problems.AddRange(spanishKeys.Except(frenchKeys, StringComparer.Ordinal).Select(k => $"extra key \"{k}\""));
        if (problems.Count == 0 && !frenchKeys.SequenceEqual(spanishKeys, StringComparer.Ordinal))
        {
            problems.Add($"keys out of the French order: {string.Join(" | ", spanishKeys)}");
        }

        foreach (var (key, value) in spanishEntries)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"empty value for \"{key}\"");
                continue;
            }

            var expected = Placeholders(key);
            var actual = Placeholders(value);
            if (expected != actual)
            {
                problems.Add($"\"{key}\": placeholders {Or(expected)} in the key, {Or(actual)} in the value");
            }

            if (Markup(key) != Markup(value))
            {
                problems.Add($"\"{key}\": markup {Or(Markup(key))} in the key, {Or(Markup(value))} in the value");
            }
        }

        return problems;
    }

    private static IEnumerable<(string Key, string Value)> Entries(XDocument resx) =>
        resx.Root!.Elements("data").Select(d => ((string?)d.Attribute("name") ?? "", (string?)d.Element("value") ?? ""));

    // Distinct and sorted: a translation may move or repeat a placeholder, but must show every one.
    private static string Placeholders(string text) =>
        string.Join(" ", Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Markup(string text) =>
        string.Join(" ", Tag().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal));

    private static string Or(string list) => list.Length == 0 ? "none" : list;

    private static XDocument Resx(params (string Key, string Value)[] entries) =>
        new(new XElement("root", entries.Select(e =>
            new XElement("data", new XAttribute("name", e.Key), new XElement("value", e.Value)))));

    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
