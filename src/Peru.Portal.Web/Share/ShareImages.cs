using System.Security.Cryptography;
using System.Text;

namespace Peru.Portal.Web.Share;

/// <summary>
/// Share images, made on first request and kept as files in a folder beside the store, named for what they show:
/// an edit that changes a title or figure gets a new file, and deleting the folder loses nothing (each image is
/// drawn again when next asked for). Made on demand rather than at import, because drawing every page's image
/// would add seconds to every import (docs/performance.md).
/// </summary>
public sealed class ShareImages(string folder)
{
    public const string SiteName = "Peru.Portal";

    public string Folder => folder;

    /// <summary>The image of a card and its entity tag, drawn and stored when the folder does not have it yet.</summary>
    public async Task<(byte[] Png, string ETag)> GetAsync(ShareCard card, CancellationToken ct)
    {
        var name = Name(card);
        var path = PathOf(name);
        // Weak: the name says what the image shows, and the same picture may be stored as different bytes (an image kept
        // from before the encoder changed, beside one drawn since), which a strong tag would forbid.
        var etag = $"W/\"{name}\"";
        if (File.Exists(path))
        {
            try
            {
                return (await File.ReadAllBytesAsync(path, ct), etag);
            }
            catch (IOException)
            {
                // Being replaced by another request that drew the same image: draw it again.
            }
        }

        var png = ShareImageRenderer.Render(card, SiteName);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{name}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temporary, png, ct);
        File.Move(temporary, path, overwrite: true);
        return (png, etag);
    }

    /// <summary>
    /// The file holding a card's image, drawn and stored first when the folder does not have it yet: the export
    /// copies it as it is, the bytes <see cref="GetAsync"/> would answer, without reading them into memory.
    /// </summary>
    public async Task<string> FileAsync(ShareCard card, CancellationToken ct)
    {
        var path = PathOf(Name(card));
        if (!File.Exists(path))
        {
            await GetAsync(card, ct);
        }

        return path;
    }

    private string PathOf(string name) => Path.Combine(folder, name + ".png");

    /// <summary>A name for what the image shows and how it is drawn: the same card always has the same one.</summary>
    public static string Name(ShareCard card)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{ShareImageRenderer.Version}\n{SiteName}\n{card.Title}\n{card.Figure}"));
        return Convert.ToHexStringLower(bytes)[..24];
    }
}
