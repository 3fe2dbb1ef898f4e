namespace Peru.Portal.Web.OpenData;

/// <summary>The localizer's type for the field definitions: titles, meanings and units, keyed by their English.</summary>
public sealed class FieldText;

/// <summary>A column or key of an open data file: its name (English, as in <c>languages.json</c>), what it holds and its unit.</summary>
public sealed record FieldDefinition(string Key, string Meaning, string Unit);

/// <summary>One open data file: the columns of its rows (CSV and JSON alike) and the keys only its JSON has.</summary>
public sealed record FileDefinition(string DataSet, IReadOnlyList<FieldDefinition> Columns, IReadOnlyList<FieldDefinition> JsonKeys);

/// <summary>An element or attribute of the IATI activity file, by its path in the standard (never translated).</summary>
public sealed record IatiDefinition(string Path, string Meaning, string Unit, string? Example);

/// <summary>
/// Every field the portal writes, defined once: the field definitions page lists them in every language, the
/// spreadsheet CSV takes its readable headers from <see cref="Titles"/>, and a test checks that every column
/// of every file is here. The words are English keys of <see cref="FieldText"/>'s resources.
/// </summary>
public static class FieldCatalog
{
    private const string Text = "plain text";
    private const string Year = "year (four digits)";
    private const string Address = "web address (URL)";
    private const string Date = "date (YYYY-MM-DD)";
    private const string Code = "code (lower-case words joined by hyphens)";
    private const string Currency = "currency code (ISO 4217)";
    private const string Count = "whole number";
    private const string FiscalYear = "fiscal year (YYYY-YYYY)";

    /// <summary>The readable name of each column and key, as the spreadsheet CSV's header and the definitions' headings.</summary>
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fiscal_year"] = "Fiscal year",
        ["source"] = "Source",
        ["amount"] = "Amount",
        ["unit"] = "Unit",
        ["currency"] = "Currency",
        ["amount_in_dollars"] = "Amount in dollars",
        ["page_url"] = "Page address",
        ["slug"] = "Permanent name",
        ["title"] = "Title",
        ["amount_note"] = "Note on the amount",
        ["duration"] = "Duration",
        ["start_year"] = "Start year",
        ["end_year"] = "End year",
        ["implementer"] = "Implementer",
        ["theme"] = "Theme",
        ["theme_title"] = "Theme title",
        ["places"] = "Places",
        ["regional"] = "Regional",
        ["people_reached"] = "People reached",
        ["announced_by"] = "Announced by",
        ["announced_at"] = "Announced at",
        ["announced_in"] = "Announced in",
        ["announced_from"] = "Announced from",
        ["announced_to"] = "Announced to",
        ["date_modified"] = "Date modified",
        ["funding_kind"] = "Kind of funding",
        ["total_value"] = "Total value",
        ["total_value_start_year"] = "Total value start year",
        ["total_value_end_year"] = "Total value end year",
        ["total_value_period_as_stated"] = "Total value period as stated",
        ["results_period"] = "Results period",
        ["figures"] = "Figures",
        ["text"] = "Text",
        ["country"] = "Country",
        ["count"] = "Count",
        ["totals"] = "Totals",
        ["total"] = "Total",
        ["total_text"] = "Total in words",
        ["columns"] = "Columns",
        ["rows"] = "Rows",
        ["disbursements"] = "Disbursements",
        ["projects"] = "Projects",
        ["achievements"] = "Achievements",
        ["trade_figures"] = "Trade and investment figures",
        ["target_dates"] = "Target dates of the management response",
        ["figure"] = "Figure",
        ["qualifier"] = "Qualifier",
        ["value"] = "Value",
        ["value_text"] = "Value in words",
        ["year"] = "Year",
        ["recommendation_number"] = "Recommendation number",
        ["recommendation"] = "Recommendation",
        ["responsibility_centre"] = "Responsibility centre",
        ["target_date"] = "Target date",
    };

    private static readonly FieldDefinition PageUrl = new("page_url", "The permanent address of the row's own page, in the file's language.", Address);
    private static readonly FieldDefinition Country = new("country", "The country the file is about.", Text);
    private static readonly FieldDefinition Columns = new("columns", "The names of the columns, in the order of the CSV file.", "list of names");
    private static readonly FieldDefinition Rows = new("rows", "One object per row of the CSV file, with the same columns.", "list");
    private static readonly FieldDefinition ListPage = new("page_url", "The address of the page the file comes from.", Address);
    private static readonly FieldDefinition DateModified = new("date_modified", "The day the row's content was last changed.", Date);

    public static readonly IReadOnlyList<FileDefinition> Files =
    [
        new("disbursements",
        [
            new("fiscal_year", "The Government of Canada fiscal year of the disbursement, from April 1 to March 31.", FiscalYear),
            new("source", "The part of the government, or the channel, that disbursed the money, as the source names it.", Text),
            new("amount", "The amount disbursed, as the source gives it, in the unit of the unit column.", "number, in the unit and currency of the next columns"),
            new("unit", "Whether the amount counts millions (million) or ones (one).", "million or one"),
            new("currency", "The currency of the amount.", Currency),
            new("amount_in_dollars", "The same amount written out in full.", "number, in the currency column"),
            PageUrl,
        ],
        [
            Country,
            ListPage,
            new("totals", "The amounts of each fiscal year added up, one entry per fiscal year, unit and currency.", "list"),
            new("total", "The sum of the amounts of the entry.", "number, in its unit and currency"),
            new("total_text", "The total as the page writes it, in the file's language.", Text),
            Columns,
            Rows,
        ]),
        new("projects",
        [
            new("slug", "The project's permanent name, the last word of its address.", Code),
            new("title", "The project's title.", Text),
            new("amount", "The new funding announced for the project (never its total value).", "number, in the currency column"),
            new("currency", "The currency of the amount and of the total value.", Currency),
            new("amount_note", "Empty, or a note in words: an increase to an existing project, its total value, a note on the currency.", Text),
            new("duration", "How long the new funding lasts, in the source's words.", Text),
            new("start_year", "The first year of the new funding.", Year),
            new("end_year", "The last year of the new funding.", Year),
            new("implementer", "The organization that carries out the project.", Text),
            new("theme", "The permanent name of the project's theme.", Code),
            new("theme_title", "The title of the project's theme.", Text),
            new("places", "The places the project works in, separated by semicolons.", Text),
            new("regional", "Whether the project serves several countries of the region (true) or Peru alone (false).", "true or false"),
            new("people_reached", "The people the project expects to reach, as the source counts them, separated by semicolons.", Text),
            new("announced_by", "Who announced the funding.", Text),
            new("announced_at", "The event at which the funding was announced.", Text),
            new("announced_in", "The place where the funding was announced.", Text),
            new("announced_from", "The first day of the announcement.", Date),
            new("announced_to", "The last day of the announcement.", Date),
            DateModified,
            PageUrl,
            new("funding_kind", "new for a new project, increase for money added to an existing one.", "new or increase"),
            new("total_value", "The project's total value where the source gives one, which can include money announced elsewhere or earlier; empty otherwise.", "number, in the currency column"),
            new("total_value_start_year", "The first year of the total value, only where the source states it.", Year),
            new("total_value_end_year", "The last year of the total value, only where the source states it.", Year),
            new("total_value_period_as_stated", "The source's own words for the period of the total value.", Text),
        ],
        [
            Country,
            ListPage,
            new("count", "How many projects the file lists.", Count),
            new("totals", "The new funding announced added up, one entry per announcement and currency; a total value is never added in.", "list"),
            new("total", "The sum of the new funding announced of the entry.", "number, in its currency"),
            new("total_text", "The total as the page writes it, in the file's language.", Text),
            Columns,
            Rows,
        ]),
        new("achievements",
        [
            new("fiscal_year", "The fiscal year whose results the achievement reports, from April 1 to March 31.", FiscalYear),
            new("theme", "The permanent name of the achievement's theme.", Code),
            new("theme_title", "The title of the achievement's theme.", Text),
            new("slug", "The achievement's permanent name, the last word of its address.", Code),
            new("title", "The achievement's title.", Text),
            new("results_period", "The period the results cover, as the source words it.", Text),
            new("figures", "The achievement's figures, each with what it counts, separated by semicolons.", Text),
            new("text", "The achievement's text, without formatting.", Text),
            DateModified,
            PageUrl,
        ],
        [
            Country,
            ListPage,
            new("count", "How many achievements the file lists.", Count),
            Columns,
            Rows,
        ]),
        new("trade_figures",
        [
            new("figure", "What the figure measures, as the page names it.", Text),
            new("qualifier", "Empty, or how the source qualifies the value (more than, slightly over…), in the file's language.", Text),
            new("value", "The value as the source gives it, in the unit of the unit column.", "number, in the unit and currency of the next columns"),
            new("unit", "What the value counts, as the content names it: billion or million for amounts, rank for a place in a ranking, or the things counted (companies, mines).", "code"),
            new("currency", "The currency of the value, when it is an amount of money.", Currency),
            new("value_text", "The value as the page writes it, in the file's language.", Text),
            new("year", "The year the figure is for.", Year),
            new("source", "The title of the source document of the figure.", Text),
            PageUrl,
        ],
        [
            Country,
            ListPage,
            new("count", "How many figures the file lists.", Count),
            Columns,
            Rows,
        ]),
        new("target_dates",
        [
            new("recommendation_number", "The number of the recommendation in the evaluation.", Count),
            new("recommendation", "The recommendation's title.", Text),
            new("slug", "The recommendation's permanent name, the last word of its address.", Code),
            new("responsibility_centre", "The part of the organization responsible for the action.", Text),
            new("target_date", "When the action is to be completed, as precisely as the management response gives it.", "date (YYYY-MM or YYYY-MM-DD)"),
            new("page_url", "The permanent address of the recommendation's page, in the file's language.", Address),
        ],
        [
            Country,
            ListPage,
            new("count", "How many target dates the file lists.", Count),
            Columns,
            Rows,
        ]),
    ];

    /// <summary>
    /// The IATI elements and attributes the activity file writes. Their names are the standard's and stay in
    /// English in every language; examples are given only where the value is fixed by the standard or the portal.
    /// </summary>
    public static readonly IReadOnlyList<IatiDefinition> Iati =
    [
        new("iati-activity", "One funded project.", "element", null),
        new("iati-activity/@default-currency", "The currency of every amount of the activity unless an amount names its own.", Currency, "CAD"),
        new("iati-activity/@xml:lang", "The language of the narratives that name none.", "language code (ISO 639-1)", "en"),
        new("iati-activity/@last-updated-datetime", "When the activity's content was last changed.", "date and time (ISO 8601)", null),
        new("iati-identifier", "The activity's identifier: the one its content gives, else the reporting organization's identifier and the project's permanent name.", Text, null),
        new("reporting-org/@ref", "The identifier of the organization that publishes the file, from the portal's configuration.", "organization identifier", null),
        new("reporting-org/@type", "The kind of that organization, from the IATI organization type list.", "code", null),
        new("reporting-org/@secondary-reporter", "1: the portal republishes data it does not hold, so aggregators never count the same money twice.", "0 or 1", "1"),
        new("reporting-org/narrative", "The name of the organization that publishes the file.", Text, null),
        new("title/narrative", "The project's title, once in every language of the portal.", Text, null),
        new("description/narrative", "The project's description, once in every language of the portal.", Text, null),
        new("participating-org/@role", "What the organization does: 1 funding (Global Affairs Canada), 4 implementing (the implementer).", "code", "1"),
        new("participating-org/narrative", "The organization's name.", Text, null),
        new("activity-status", "Where the activity stands, from the IATI activity status list: the content's code, else 1 (pipeline or identification), because the sources only say that the funding was announced and the standard requires a status.", "code", null),
        new("activity-date/@type", "Which date: 1 planned start, 3 planned end.", "code", "1"),
        new("activity-date/@iso-date", "The date. The sources give years only, so a planned start is written as January 1 and a planned end as December 31 of its year, and the year as the source gives it is the date's narrative.", Date, null),
        new("recipient-country/@code", "The country the activity benefits. Left out for a regional project, since the sources do not list its countries.", "country code (ISO 3166-1 alpha-2)", "PE"),
        new("budget/@type", "1: the original budget.", "code", "1"),
        new("budget/@status", "1: indicative, as announced.", "code", "1"),
        new("budget/period-start/@iso-date", "The first day of the budget's period: January 1 of the first year the source gives.", Date, null),
        new("budget/period-end/@iso-date", "The last day of the budget's period: December 31 of the last year the source gives.", Date, null),
        new("budget/value", "The new funding announced.", "number", null),
        new("budget/value/@currency", "The currency of the value.", Currency, "CAD"),
        new("budget/value/@value-date", "The day the value is given for, used for currency conversion.", Date, null),
        new("document-link/@url", "The address of the activity's page on the portal.", Address, null),
        new("document-link/@format", "The kind of file at that address.", "media type", "text/html"),
        new("document-link/title/narrative", "The title of the page.", Text, null),
        new("document-link/category/@code", "The kind of document, from the IATI document category list.", "code", null),
        new("document-link/language/@code", "The language of the page.", "language code (ISO 639-1)", "en"),
    ];

    public static FileDefinition File(string dataSet) => Files.Single(f => f.DataSet == dataSet);

    public static string Title(string key) => Titles.GetValueOrDefault(key, key);
}
