namespace Peru.Portal.Web.Share;

/// <summary>What a page's share image shows: its title and, where it has one, its key figure, written out in the page's language.</summary>
public sealed record ShareCard(string Title, string? Figure);
