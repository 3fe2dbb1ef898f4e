using Peru.Portal.Web.Data;

namespace Peru.Portal.Web.Content;

/// <summary>
/// What readers may see at one moment. Every file is read and checked, drafts and scheduled pages included, and
/// then, before the import, the rows readers may not see yet (or any more) are taken out of the content: every page,
/// list, count, total, search hit, feed entry, sitemap entry, open data row, twin link and export file follows the
/// store, so none of them can show one by mistake. In preview nothing is taken out and each page says what readers
/// would see. The portal imports again at the next moment a page appears or expires (<see cref="PublicationClock"/>).
/// </summary>
public static class Publishing
{
    /// <summary>Withholds from <paramref name="content"/> what readers may not see at <paramref name="now"/>; once per load.</summary>
    public static PublicationView Apply(LoadedContent content, DateTimeOffset now, bool preview)
    {
        if (content.View is { } done)
        {
            return done;
        }

        var hidden = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var withdrawn = new Dictionary<string, WithdrawnPage>(StringComparer.Ordinal);
        var notices = new Dictionary<string, PreviewNotice>(StringComparer.Ordinal);
        var replaced = new Dictionary<string, string>(StringComparer.Ordinal);
        DateTimeOffset? next = null;
        foreach (var entry in content.Publications)
        {
            var publication = entry.Publication;
            if (publication.NextChangeAfter(now) is { } change && (next is null || change < next))
            {
                next = change;
            }

            var state = publication.StateAt(now);
            var kind = content.Kinds.All.FirstOrDefault(k => k.Name == entry.Kind);
            var address = kind?.AddressOf(entry.Item, content.Languages.Get(entry.Language));
            if (address is null)
            {
                continue;
            }

            if (preview)
            {
                notices[address] = new PreviewNotice(state, state switch
                {
                    PublicationState.Scheduled => publication.PublishAt,
                    PublicationState.Expired => publication.ExpireAt,
                    PublicationState.Published => publication.ExpireAt,
                    _ => null,
                });
                continue;
            }

            if (state == PublicationState.Published)
            {
                continue;
            }

            hidden.Add(entry.Item);
            if (state == PublicationState.Expired)
            {
                if (publication.ReplacedBy is { } target)
                {
                    replaced[address] = target;
                }
                else
                {
                    withdrawn[address] = new WithdrawnPage(entry.Language, publication.ExpireAt!.Value);
                }
            }
        }

        content.RemoveRows(hidden);

        // An expired page named a successor: its address, and every old address that led to it, now lead there.
        foreach (var alias in content.Aliases.Where(a => replaced.ContainsKey(a.TargetPath)))
        {
            alias.TargetPath = replaced[alias.TargetPath];
        }

        content.Aliases.AddRange(replaced.Where(r => content.Aliases.All(a => a.Path != r.Key)).Select(r => new PageAlias { Path = r.Key, TargetPath = r.Value }));
        return content.View = new PublicationView(now, preview, withdrawn, notices, next);
    }
}

/// <summary>What one import shows: the moment it was made for, whether it is a preview, and what changes next.</summary>
/// <param name="At">The moment the import was made for.</param>
/// <param name="Preview">Whether nothing was withheld, for editors.</param>
/// <param name="Withdrawn">Expired pages without a successor, by address: they answer 410 Gone.</param>
/// <param name="Notices">In preview, what readers would see of each scheduled, draft or expiring page, by address.</param>
/// <param name="NextChange">The next moment a page appears or expires: the portal imports again then.</param>
public sealed record PublicationView(
    DateTimeOffset At,
    bool Preview,
    IReadOnlyDictionary<string, WithdrawnPage> Withdrawn,
    IReadOnlyDictionary<string, PreviewNotice> Notices,
    DateTimeOffset? NextChange)
{
    public static PublicationView None { get; } = new(DateTimeOffset.MinValue, false, new Dictionary<string, WithdrawnPage>(), new Dictionary<string, PreviewNotice>(), null);

    /// <summary>Whether what readers see depends on more than the files: a moment still to come, a withdrawn page, preview.</summary>
    public bool DependsOnTime => Preview || NextChange is not null || Withdrawn.Count > 0 || Notices.Count > 0;
}

/// <summary>A page that expired: its language and when.</summary>
public sealed record WithdrawnPage(string Language, DateTimeOffset ExpiredAt);

/// <summary>What a reader would see of a page shown in preview, and the moment that changes it (publication or expiry).</summary>
public sealed record PreviewNotice(PublicationState State, DateTimeOffset? At);

/// <summary>A link in a body to an address of this site.</summary>
internal sealed record SiteLink(string Path, int Line, string Url);
