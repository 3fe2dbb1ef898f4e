using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Peru.Portal.Bench;
using Peru.Portal.Web.Content;
using Peru.Portal.Web.Data;
using Peru.Portal.Web.Search;

// Benchmarks that need no server: synthetic content, import time, search latency.
// The HTTP benchmarks against nginx live in bench/http (see README).
var command = args.FirstOrDefault() ?? "help";
var options = args.Skip(1).Chunk(2).Where(c => c.Length == 2).ToDictionary(c => c[0], c => c[1]);
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

switch (command)
{
    case "generate":
    {
        var output = options.GetValueOrDefault("--out") ?? throw new ArgumentException("generate needs --out DIR");
        var files = SyntheticContent.Write(output, Option("--achievements", 10_000), Option("--projects", 1_000), Option("--years", 20));
        Console.WriteLine($"{files} files written to {Path.GetFullPath(output)}");
        return 0;
    }

    case "search":
    {
        var achievements = Option("--achievements", 10_000);
        var queries = Option("--queries", 2_000);
        var work = Directory.CreateTempSubdirectory("peru-bench-search-");
        try
        {
            var content = Path.Combine(work.FullName, "content");
            SyntheticContent.Write(content, achievements, Option("--projects", 0), Option("--years", 20));
            var factory = new FileStoreFactory(Path.Combine(work.FullName, "bench.db"));
            var clock = Stopwatch.StartNew();
            var loaded = new ContentLoader(new MarkdownRenderer()).Load(content);
            if (!loaded.IsValid)
            {
                Console.Error.WriteLine(string.Join('\n', loaded.Problems.Take(10)));
                return 1;
            }

            var loadTime = clock.Elapsed;
            await using (var db = factory.CreateDbContext())
            {
                await db.Database.EnsureCreatedAsync();
            }

            clock.Restart();
            await new ContentImporter(factory, NullLogger<ContentImporter>.Instance).ImportAsync(loaded.Content);
            var importTime = clock.Elapsed;
            string[] terms = ["teachers", "teach", "awajun", "\"La Libertad\"", "mining conflict", "water", "Quechua girls", "resil", "municipal servants", "zzzz"];
            await using var context = factory.CreateDbContext();
            var search = new SearchRepository(context);
            for (var i = 0; i < 50; i++)
            {
                await search.SearchAsync("en", SearchQuery.Parse(terms[i % terms.Length]), null, null, 0, 10);
            }

            var samples = new double[queries];
            for (var i = 0; i < queries; i++)
            {
                var query = SearchQuery.Parse(terms[i % terms.Length]);
                var started = Stopwatch.GetTimestamp();
                await search.SearchAsync("en", query, null, null, 0, 10);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(samples);
            var documents = SearchDocuments.From(loaded.Content).Count();
            Console.WriteLine(FormattableString.Invariant($"search benchmark: {documents} indexed documents ({achievements} achievements), {queries} queries"));
            Console.WriteLine(FormattableString.Invariant($"  load+validate {loadTime.TotalMilliseconds:F0} ms, import {importTime.TotalMilliseconds:F0} ms"));
            Console.WriteLine(FormattableString.Invariant($"  latency p50 {Percentile(samples, 0.50):F2} ms, p95 {Percentile(samples, 0.95):F2} ms, p99 {Percentile(samples, 0.99):F2} ms, max {samples[^1]:F2} ms"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!options.ContainsKey("--keep"))
            {
                work.Delete(recursive: true);
            }
            else
            {
                Console.WriteLine($"kept {work.FullName}");
            }
        }
    }

    case "scale":
    {
        // Load+validate and import times as the content grows; each set is written, loaded and imported
        // into a new store the way the portal does at start. A small set runs first so JIT is not counted.
        var years = Option("--years", 20);
        var sizes = (options.GetValueOrDefault("--sizes") ?? "1000,2500,5000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
        var tenThousandFiles = 5_000 - (SyntheticContent.FixedFiles(years) / 2) - 500;
        var sets = new List<(string Name, int Achievements, int Projects)> { ("warm-up", 1_000, 100) };
        sets.AddRange(sizes.Select(a => ($"{a} achievements", a, a / 10)));
        sets.Add(("10,000 files", tenThousandFiles, 500));
        var work = Directory.CreateTempSubdirectory("peru-bench-scale-");
        try
        {
            // Wall time is what a reader waits; CPU time (this process, all threads) is less disturbed by
            // other work on the machine, so both are shown.
            Console.WriteLine("| set | achievements | projects | files | load+validate ms | import ms | total ms | µs per file | CPU load+validate ms | CPU import ms |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (set, (name, achievements, projects)) in sets.Index())
            {
                // Every set gets its own folder and store: the warm-up and the first set have the same size.
                var content = Path.Combine(work.FullName, $"content-{set}");
                var files = SyntheticContent.Write(content, achievements, projects, years);
                var (load, import, loadCpu, importCpu) = await TimeImport(content, Path.Combine(work.FullName, $"store-{set}.db"));
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(content, recursive: true);
                if (name == "warm-up")
                {
                    continue;
                }

                var total = load + import;
                Console.WriteLine(FormattableString.Invariant(
                    $"| {name} | {achievements} | {projects} | {files} | {load.TotalMilliseconds:F0} | {import.TotalMilliseconds:F0} | {total.TotalMilliseconds:F0} | {total.TotalMilliseconds * 1000 / files:F0} | {loadCpu.TotalMilliseconds:F0} | {importCpu.TotalMilliseconds:F0} |"));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    default:
        Console.WriteLine("""
            usage: dotnet run -c Release --project bench/Peru.Portal.Bench -- COMMAND [OPTIONS]
              generate --out DIR [--achievements 10000] [--projects 1000] [--years 20]
              search   [--achievements 10000] [--queries 2000]   search latency p50/p95 on synthetic content
              scale    [--sizes 1000,2500,5000,10000] [--years 20]  load+validate and import time by size (and 10,000 files)
            """);
        return command == "help" ? 0 : 2;
}

static async Task<(TimeSpan Load, TimeSpan Import, TimeSpan LoadCpu, TimeSpan ImportCpu)> TimeImport(string content, string database)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var loaded = new ContentLoader(new MarkdownRenderer()).Load(content);
    if (!loaded.IsValid)
    {
        throw new InvalidOperationException(string.Join('\n', loaded.Problems.Take(10)));
    }

    var load = clock.Elapsed;
    process.Refresh();
    var loadCpu = process.TotalProcessorTime - cpu;
    var factory = new FileStoreFactory(database);
    await using (var db = factory.CreateDbContext())
    {
        await db.Database.EnsureCreatedAsync();
    }

    process.Refresh();
    cpu = process.TotalProcessorTime;
    clock.Restart();
    await new ContentImporter(factory, NullLogger<ContentImporter>.Instance).ImportAsync(loaded.Content);
    var import = clock.Elapsed;
    process.Refresh();
    return (load, import, loadCpu, process.TotalProcessorTime - cpu);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

internal sealed class FileStoreFactory(string path) : IDbContextFactory<PortalDbContext>
{
    private readonly DbContextOptions<PortalDbContext> _options = new DbContextOptionsBuilder<PortalDbContext>()
        .UseSqlite($"Data Source={path}").UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;

    public PortalDbContext CreateDbContext() => new(_options);
}
