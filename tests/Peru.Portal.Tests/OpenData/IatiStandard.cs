using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Peru.Portal.Tests.OpenData;

/// <summary>
/// The IATI Standard 2.03 as its own files say it: the activity schema and the codelists kept, unchanged and with their
/// licence (NOTICE.md), in <c>../shared/iati</c> beside the repository. Read offline: no schema is ever fetched.
/// </summary>
public static class IatiStandard
{
    // Each attribute the portal writes that holds a code, by element and attribute name, and the codelist it is from.
    // The schema accepts any string in them, so this is what keeps a code from being made up.
    private static readonly Dictionary<(string Element, string Attribute), string> CodedAttributes = new()
    {
        [("iati-activity", "{http://www.w3.org/XML/1998/namespace}lang")] = "Language",
        [("narrative", "{http://www.w3.org/XML/1998/namespace}lang")] = "Language",
        [("iati-activity", "default-currency")] = "Currency",
        [("reporting-org", "type")] = "OrganisationType",
        [("participating-org", "type")] = "OrganisationType",
        [("participating-org", "role")] = "OrganisationRole",
        [("description", "type")] = "DescriptionType",
        [("activity-status", "code")] = "ActivityStatus",
        [("activity-date", "type")] = "ActivityDateType",
        [("activity-scope", "code")] = "ActivityScope",
        [("recipient-country", "code")] = "Country",
        [("recipient-region", "code")] = "Region",
        [("budget", "type")] = "BudgetType",
        [("budget", "status")] = "BudgetStatus",
        [("value", "currency")] = "Currency",
        [("category", "code")] = "DocumentCategory",
        [("language", "code")] = "Language",
    };

    // Attributes that hold no code: a version, dates, identifiers, a flag, an address. "format" is a media type
    // (IANA), whose codelist (FileFormat) is not among the files kept; the test of the document link checks it.
    private static readonly HashSet<string> FreeAttributes = ["version", "last-updated-datetime", "generated-datetime", "ref", "secondary-reporter", "iso-date", "value-date", "url", "format"];

    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    private static readonly Dictionary<string, HashSet<string>> Codelists = [];

    public static string Folder => Path.GetFullPath(Path.Combine(Export.ExportedSite.RepositoryRoot(), "..", "shared", "iati"));

    /// <summary>Every way <paramref name="document"/> breaks the schema or a codelist, each naming where; empty when it is valid.</summary>
    public static List<string> Problems(XDocument document)
    {
        var problems = new List<string>();
        var copy = new XDocument(document);
        copy.Validate(Schemas.Value, (_, e) => problems.Add($"schema: {e.Message}"), addSchemaInfo: false);
        foreach (var attribute in copy.Descendants().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration))
        {
            var element = attribute.Parent!.Name.LocalName;
            if (CodedAttributes.TryGetValue((element, attribute.Name.ToString()), out var codelist))
            {
                if (!Codes(codelist).Contains(attribute.Value))
                {
                    problems.Add($"codelist: {element}/@{attribute.Name.LocalName}=\"{attribute.Value}\" is not a code of {codelist}");
                }
            }
            else if (!FreeAttributes.Contains(attribute.Name.ToString()))
            {
                problems.Add($"codelist: {element}/@{attribute.Name.LocalName} is not known to this check: name its codelist, or say why it holds no code");
            }
        }

        return problems;
    }

    public static HashSet<string> Codes(string codelist)
    {
        lock (Codelists)
        {
            if (!Codelists.TryGetValue(codelist, out var codes))
            {
                var file = XDocument.Load(Path.Combine(Folder, "codelists", codelist + ".xml"));
                codes = [.. file.Descendants("codelist-item").Select(i => i.Element("code")!.Value.Trim())];
                Codelists[codelist] = codes;
            }

            return codes;
        }
    }

    private static XmlSchemaSet LoadSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalFilesOnly() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new LocalFilesOnly() };
        using (var reader = XmlReader.Create(Path.Combine(Folder, "iati-activities-schema.xsd"), settings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Resolves the schemas' includes and imports in their own folder, and refuses anything that would need the network.</summary>
    private sealed class LocalFilesOnly : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) => absoluteUri.IsFile
            ? base.GetEntity(absoluteUri, role, ofObjectToReturn)
            : throw new XmlException($"{absoluteUri}: the IATI schemas are read from {Folder} only");
    }
}
