namespace Peru.Portal.Web.Data;

public sealed class Project : IContentItem
{
    public int Id { get; set; }

    /// <summary>"en" or "fr": every row belongs to one language; its twin has the same <c>Key</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The item's identity in both languages (its English file name), linking it to its twin.</summary>
    public string Key { get; set; } = "";

    public required string CountrySlug { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    /// <summary>The new funding announced for the project: what an announcement adds, never the project's total value.</summary>
    public decimal FundingAmount { get; set; }

    public required string FundingCurrency { get; set; }

    /// <summary>Where the source gives a currency other than CAD, what it says about it.</summary>
    public string? FundingCurrencyNote { get; set; }

    /// <summary>The new funding's duration in the source's words ("two years", "18 months").</summary>
    public required string FundingDuration { get; set; }

    public int FundingStartYear { get; set; }
    public int FundingEndYear { get; set; }

    /// <summary><see cref="FundingKinds.New"/> for a new project, <see cref="FundingKinds.Increase"/> for money added to an existing one.</summary>
    public string FundingKind { get; set; } = FundingKinds.New;

    /// <summary>The project's total value where the source gives one, in the funding's currency; it includes the new funding.</summary>
    public decimal? TotalValue { get; set; }

    /// <summary>The total value's period only where the source states one; then <see cref="TotalValuePeriodAsStated"/> quotes it.</summary>
    public int? TotalValueStartYear { get; set; }

    public int? TotalValueEndYear { get; set; }
    public string? TotalValuePeriodAsStated { get; set; }

    public required string Implementer { get; set; }
    public required string ThemeSlug { get; set; }
    public List<string> Places { get; set; } = [];

    /// <summary>Slugs of the departments of the country's map the source names for this project (<c>departments:</c>).</summary>
    public List<string> Departments { get; set; } = [];
    public bool Regional { get; set; }
    public List<Beneficiary> Beneficiaries { get; set; } = [];
    public required string AnnouncedBy { get; set; }
    public required string AnnouncedAt { get; set; }
    public required string AnnouncedIn { get; set; }
    public DateOnly AnnouncedFrom { get; set; }
    public DateOnly AnnouncedTo { get; set; }
    public required string SourceKey { get; set; }
    public required string BodyHtml { get; set; }
    public required string BodyText { get; set; }
    public DateOnly DateModified { get; set; }

    /// <summary>Corrections published under the text, oldest first.</summary>
    public List<PageCorrection> Corrections { get; set; } = [];

    /// <summary>The activity's IATI identifier where the content gives one (<c>iati_identifier:</c>), as its own publisher reports it.</summary>
    public string? IatiIdentifier { get; set; }

    /// <summary>The IATI activity status code where the content gives one (<c>activity_status:</c>).</summary>
    public string? ActivityStatus { get; set; }
}

public static class FundingKinds
{
    public const string New = "new";
    public const string Increase = "increase";

    public static IReadOnlyList<string> All { get; } = [New, Increase];
}

public sealed class Beneficiary
{
    /// <summary>"more than", "some", "at least": how exact the published figure is.</summary>
    public string? Qualifier { get; set; }

    public decimal Value { get; set; }
    public required string Label { get; set; }
}
