namespace Peru.Portal.Web.Data;

/// <summary>One term of a country's glossary page, in one language; the page's own text is its <see cref="SectionPage"/>.</summary>
public sealed class GlossaryEntry
{
    public int Id { get; set; }

    public string Language { get; set; } = "en";

    public required string CountrySlug { get; set; }

    /// <summary>The entry's id on the page ("cida", "fiscal-year"), so other pages can link to one term.</summary>
    public required string Anchor { get; set; }

    /// <summary>The word or abbreviation as readers meet it in the text.</summary>
    public required string Term { get; set; }

    /// <summary>True when <see cref="Term"/> is an abbreviation: its first use on each page is marked.</summary>
    public bool IsAbbreviation { get; set; }

    /// <summary>What the abbreviation stands for, when the sources say.</summary>
    public string? Expansion { get; set; }

    public required string Definition { get; set; }

    /// <summary>Alphabetical order in the entry's language.</summary>
    public int Order { get; set; }
}
