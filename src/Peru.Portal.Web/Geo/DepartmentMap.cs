using System.Globalization;
using System.Text;
using System.Text.Json;
using Peru.Portal.Web.Content;

namespace Peru.Portal.Web.Geo;

/// <summary>One department of a country's map: its INEI code, address slug, name as pages write it, and outline as SVG path data.</summary>
public sealed record MapDepartment(string Code, string Slug, string Name, string PathData);

/// <summary>
/// A country's departments, read once from the GeoJSON embedded beside this file and projected to whole SVG units.
/// The projection is equirectangular with the longitudes shrunk by the cosine of the middle latitude, which keeps
/// a country the size of Peru in proportion; borders are approximate anyway (the data is simplified).
/// </summary>
public sealed class DepartmentMap
{
    /// <summary>SVG units per degree of latitude: about 2 km a unit, finer than a pixel at the size pages draw the map.</summary>
    private const double Scale = 40;

    private const int Margin = 4;

    // The maps the portal ships, by country folder: a country without one has no departments to name.
    private static readonly Dictionary<string, Lazy<DepartmentMap>> Maps = new(StringComparer.Ordinal)
    {
        ["peru"] = new(() => Load("peru.departments.json")),
    };

    private readonly Dictionary<string, MapDepartment> _byName;

    private DepartmentMap(IReadOnlyList<MapDepartment> departments, int width, int height)
    {
        Departments = departments;
        Width = width;
        Height = height;
        _byName = departments.ToDictionary(d => Normalize(d.Name), StringComparer.Ordinal);
    }

    public IReadOnlyList<MapDepartment> Departments { get; }

    public int Width { get; }

    public int Height { get; }

    public static DepartmentMap? ForCountry(string countryFolder) => Maps.TryGetValue(countryFolder, out var map) ? map.Value : null;

    /// <summary>The department a name in content means, whatever its letter case and accents ("La Libertad", "JUNIN", "Junín").</summary>
    public MapDepartment? Find(string name) => _byName.GetValueOrDefault(Normalize(name));

    /// <summary>The department whose name is nearest a misspelt one, when it is near enough to be what was meant.</summary>
    public MapDepartment? Suggest(string name)
    {
        var key = Normalize(name);
        return Departments.Select(d => (Department: d, Distance: EditDistance.Between(Normalize(d.Name), key)))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Department.Code, StringComparer.Ordinal)
            .Select(x => x.Department).FirstOrDefault();
    }

    private static string Normalize(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string([.. kept]).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static DepartmentMap Load(string namesResource)
    {
        using var namesDocument = JsonDocument.Parse(Resource(namesResource));
        var names = namesDocument.RootElement.GetProperty("Names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        using var geo = JsonDocument.Parse(Resource(namesDocument.RootElement.GetProperty("Map").GetString()!));
        var features = geo.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (Code: f.GetProperty("properties").GetProperty("FIRST_IDDP").GetString()!, Polygons: Polygons(f.GetProperty("geometry"))))
            .OrderBy(f => f.Code, StringComparer.Ordinal)
            .ToList();

        var points = features.SelectMany(f => f.Polygons).SelectMany(p => p).SelectMany(r => r).ToList();
        var (minLon, maxLon) = (points.Min(p => p.Lon), points.Max(p => p.Lon));
        var (minLat, maxLat) = (points.Min(p => p.Lat), points.Max(p => p.Lat));
        var shrink = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        (int X, int Y) Project((double Lon, double Lat) p) =>
            ((int)Math.Round((p.Lon - minLon) * shrink * Scale) + Margin, (int)Math.Round((maxLat - p.Lat) * Scale) + Margin);

        var departments = features.Select(f => new MapDepartment(f.Code, Normalize(names[f.Code]).ToLowerInvariant().Replace(' ', '-'), names[f.Code], PathData(f.Polygons, Project))).ToList();
        var width = (int)Math.Ceiling((maxLon - minLon) * shrink * Scale) + (2 * Margin);
        var height = (int)Math.Ceiling((maxLat - minLat) * Scale) + (2 * Margin);
        return new DepartmentMap(departments, width, height);
    }

    /// <summary>Each ring as an absolute move then relative lines, points that round onto the last one left out: about a third of the absolute form's size.</summary>
    private static string PathData(List<List<List<(double Lon, double Lat)>>> polygons, Func<(double, double), (int X, int Y)> project)
    {
        var d = new StringBuilder();
        foreach (var ring in polygons.SelectMany(p => p))
        {
            var (x, y) = project(ring[0]);
            d.Append(CultureInfo.InvariantCulture, $"M{x} {y}l");
            var separate = false;
            foreach (var point in ring.Skip(1))
            {
                var (px, py) = project(point);
                if ((px, py) != (x, y))
                {
                    Number(px - x);
                    Number(py - y);
                    (x, y) = (px, py);
                }
            }

            d.Append('z');

            // A minus sign separates numbers by itself.
            void Number(int n)
            {
                d.Append(separate && n >= 0 ? " " : "").Append(n.ToString(CultureInfo.InvariantCulture));
                separate = true;
            }
        }

        return d.ToString();
    }

    private static List<List<List<(double Lon, double Lat)>>> Polygons(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coordinates.EnumerateArray().ToList() : [coordinates];
        return polygons.Select(p => p.EnumerateArray().Select(r => r.EnumerateArray().Select(c => (c[0].GetDouble(), c[1].GetDouble())).ToList()).ToList()).ToList();
    }

    private static Stream Resource(string name) =>
        typeof(DepartmentMap).Assembly.GetManifestResourceStream($"Peru.Portal.Web.Geo.{name}") ?? throw new InvalidOperationException($"the map resource {name} is not embedded");
}
