namespace Peru.Portal.Web.Data;

/// <summary>A correction shown under a page's text: the day it was made and what was corrected, in the page's language.</summary>
public sealed class PageCorrection
{
    public DateOnly Date { get; set; }
    public required string Note { get; set; }
}
