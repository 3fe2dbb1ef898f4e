using Peru.Portal.Web.Data;
using Peru.Portal.Web.Localization;

namespace Peru.Portal.Web.Content;

/// <summary>
/// Reads a content folder into the content model and reports every problem it finds, in every file,
/// in one pass. It never stops at the first problem: editors fix a batch, not one line at a time.
/// </summary>
public sealed partial class ContentLoader(MarkdownRenderer markdown, LanguageTable languages)
{
    /// <summary>With the built-in languages, for commands and tests that run without a host.</summary>
    public ContentLoader(MarkdownRenderer markdown)
        : this(markdown, LanguageTable.Builtin)
    {
    }

    public LanguageTable Languages => languages;

    private static readonly string[] SectionFiles = ["program.md", "aid-effectiveness.md", "relations.md", "disbursements.md"];

    /// <summary>The disk as the loader reads it; tests replace it to rename or lock a file mid-import.</summary>
    internal ContentFiles Files { get; init; } = ContentFiles.Disk;

    public ContentLoadResult Load(string root)
    {
        var problems = new List<ContentProblem>();
        var content = new LoadedContent { Languages = languages };
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            problems.Add(new(root, 0, "content folder not found"));
            return ContentLoadResult.Of(content, problems);
        }

        var gitDates = FileDates.FromGit(fullRoot);
        foreach (var entry in ContentFiles.List(fullRoot, fullRoot, problems))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || !ContentFiles.StaysInside(fullRoot, entry, problems))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                ReadCountryFolder(fullRoot, entry, content, problems, gitDates);
            }
            else
            {
                problems.Add(new(name, 1, "files belong in a country folder (for example content/peru/); this one is outside any"));
            }
        }

        if (content.Countries.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(root, 0, "no country found: add a folder with a country.md"));
        }

        CheckAliases(content, problems);
        return ContentLoadResult.Of(content, problems);
    }

    private void ReadCountryFolder(string root, string folder, LoadedContent content, List<ContentProblem> problems, IReadOnlyDictionary<string, DateOnly> gitDates)
    {
        var name = Path.GetFileName(folder);
        if (!Slugs.IsValid(name))
        {
            problems.Add(new(name, 0, $"country folder \"{name}\" is not a slug: use lower-case ASCII words joined by '-'"));
            return;
        }

        var paths = new List<string>();
        Collect(root, folder, 1, paths, problems);

        // Reading is mostly waiting on the file system, one file at a time: in parallel, a 10,000-file folder
        // loads in about half the time. Problems are gathered per file and kept in the files' order.
        var read = new (SourceFile File, List<ContentProblem> Problems)[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var fileProblems = new List<ContentProblem>();
            read[i] = (SourceFile.Read(root, paths[i], fileProblems, Files), fileProblems);
        });
        var files = new List<SourceFile>(read.Length);
        foreach (var (file, fileProblems) in read)
        {
            files.Add(file);
            problems.AddRange(fileProblems);
        }

        content.FileCount += files.Count;
        var origins = new Dictionary<object, (SourceFile File, FrontMatterReader Fm)>(ReferenceEqualityComparer.Instance);

        // Each language reads its own files (name.md for the default language, name.CODE.md for the others), and
        // each other language is then checked against the default one: same items, same figures.
        var readers = languages.All.Select(language =>
        {
            var reader = new CountryReader(this, name, language, files.Where(f => LanguageOf(f) == language).ToList(), content, problems, gitDates, origins);
            reader.Read();
            return reader;
        }).ToList();
        foreach (var twin in readers.Skip(1))
        {
            Twins.Check(readers[0], twin, content, problems);
        }
    }

    /// <summary>The language a file is written in, from its name: <c>x.fr.md</c> is French, <c>x.md</c> the default language.</summary>
    private Language LanguageOf(SourceFile file) =>
        languages.All.Skip(1).FirstOrDefault(l => file.RelativePath.EndsWith(l.FileSuffix(languages), StringComparison.Ordinal)) ?? languages.Default;

    private static void Collect(string root, string directory, int depth, List<string> files, List<ContentProblem> problems)
    {
        foreach (var entry in ContentFiles.List(root, directory, problems))
        {
            switch (ContentFiles.Classify(root, entry, depth, problems))
            {
                case ContentFiles.Kind.Folder:
                    Collect(root, entry, depth + 1, files, problems);
                    break;
                case ContentFiles.Kind.Markdown:
                    files.Add(entry);
                    break;
            }
        }
    }

    private static void CheckAliases(LoadedContent content, List<ContentProblem> problems)
    {
        // Each country checks its own aliases; this catches the same old address claimed by two countries.
        foreach (var group in content.Aliases.GroupBy(a => a.Path).Where(g => g.Count() > 1))
        {
            problems.Add(new(group.Key, 0, $"alias \"{group.Key}\" is listed by more than one country"));
        }
    }

    internal sealed partial class CountryReader(
        ContentLoader loader,
        string folderName,
        Language language,
        IReadOnlyList<SourceFile> files,
        LoadedContent content,
        List<ContentProblem> problems,
        IReadOnlyDictionary<string, DateOnly> gitDates,
        Dictionary<object, (SourceFile File, FrontMatterReader Fm)> origins)
    {
        private readonly List<(SourceFile File, FrontMatterReader Fm)> _files = [];
        private readonly List<(string Path, int Line, string PageAlias, string Target)> _aliases = [];
        private readonly List<(string Path, int Line, string Key)> _references = [];
        private readonly List<(string Path, int Line, string Theme)> _themeRefs = [];
        private readonly Dictionary<object, (SourceFile File, FrontMatterReader Fm)> _origins = origins;
        private string _slug = "";

        public Language Language => language;

        private string Code => language.Code;

        private bool IsDefault => loader.Languages.Default == language;

        public string Folder => folderName;

        /// <summary>Files of this language, read or not: a twin whose file exists but is broken is reported once, for its own problem.</summary>
        public IReadOnlySet<string> FilePaths { get; } = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);

        /// <summary>Every item read, by kind and key, for the twin check.</summary>
        public Dictionary<(string Kind, string Key), object> Items { get; } = [];

        public (SourceFile File, FrontMatterReader Fm)? OriginOf(object item) => _origins.TryGetValue(item, out var origin) ? origin : null;

        public void Read()
        {
            _slug = folderName;
            var suffix = language.FileSuffix(loader.Languages);
            var byPath = files.ToDictionary(f => f.RelativePath[(folderName.Length + 1)..^suffix.Length] + ".md", StringComparer.Ordinal);
            if (files.Count == 0)
            {
                if (IsDefault)
                {
                    problems.Add(new($"{folderName}/country.md", 0, "every country folder needs a country.md"));
                }

                return;
            }

            ReadGlossary(byPath);
            Country? country = null;
            if (byPath.TryGetValue("country.md", out var countryFile))
            {
                country = ReadCountry(countryFile);
            }
            else
            {
                // The other files are still checked, so an editor sees every problem of the folder at once.
                problems.Add(new($"{folderName}/country{suffix}", 0, $"every country folder needs a country{suffix}"));
            }

            foreach (var (path, file) in byPath.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var parts = path.Split('/');
                switch (parts)
                {
                    case ["country.md"]:
                        break;
                    case [var name] when SectionFiles.Contains(name):
                        ReadSection(file, name[..^3]);
                        break;
                    case ["themes", var name]:
                        ReadTheme(file, name[..^3]);
                        break;
                    case ["achievements", var year, "index.md"]:
                        ReadFiscalYear(file, year);
                        break;
                    case ["achievements", var year, var name]:
                        ReadAchievement(file, year, name[..^3]);
                        break;
                    case ["projects", var name]:
                        ReadProject(file, name[..^3]);
                        break;
                    case ["evaluation", "index.md"]:
                        ReadSection(file, "evaluation");
                        break;
                    case ["evaluation", "recommendations", var name]:
                        ReadRecommendation(file, name[..^3]);
                        break;
                    default:
                        problems.Add(new(file.RelativePath, 1, "this file is not part of the content model; see docs/content-guide.md for where each kind of file goes"));
                        break;
                }
            }

            foreach (var (_, fm) in _files)
            {
                fm.ReportUnknownKeys();
            }

            CrossCheck(country);
            FinishGlossary();
        }

        private static readonly string[] Qualifiers = ["about", "almost", "at least", "more than", "over", "slightly over", "some", "up to"];

        private static string? Qualifier(FrontMatterReader fm)
        {
            var qualifier = fm.Text("qualifier", required: false);
            if (qualifier is not null && !Qualifiers.Contains(qualifier))
            {
                fm.Problem("qualifier", $"'qualifier' must be one of: {string.Join(", ", Qualifiers)}");
                return null;
            }

            return qualifier;
        }

        private T Track<T>(SourceFile file, FrontMatterReader fm, string kind, string key, T item)
            where T : class
        {
            _origins[item] = (file, fm);
            if (!Items.TryAdd((kind, key), item))
            {
                problems.Add(new(file.RelativePath, 1, $"this {kind} is already given by another file"));
            }

            return item;
        }

        private FrontMatterReader? Open(SourceFile file)
        {
            if (file.FrontMatter is null)
            {
                return null;
            }

            // YamlDotNet counts lines from the first line of the front matter, which is the file's second line.
            var fm = new FrontMatterReader(file.FrontMatter, file.RelativePath, 1, problems, FrenchTypography.For(language));
            _files.Add((file, fm));
            return fm;
        }

        private RenderedMarkdown Render(SourceFile file)
        {
            var rendered = loader.RenderBody(file.Body, _markdown);
            foreach (var (line, message) in rendered.Problems)
            {
                problems.Add(new(file.RelativePath, file.BodyLine + line - 1, message));
            }

            return rendered;
        }

        /// <summary>From the front matter, else the file's last commit, else the file's time on disk.</summary>
        private DateOnly DateModified(SourceFile file, FrontMatterReader fm) =>
            fm.Date("date_modified", required: false)
            ?? (gitDates.TryGetValue(Path.GetFullPath(file.FullPath), out var committed) ? committed : DateOnly.FromDateTime(file.LastWriteUtc));

        private string SlugOf(SourceFile file, FrontMatterReader fm, string fileName)
        {
            var slug = fm.Slug("slug", required: false);
            if (slug is not null)
            {
                return slug;
            }

            if (!Slugs.IsValid(fileName))
            {
                problems.Add(new(file.RelativePath, 1, $"file name \"{fileName}\" is not a slug: use lower-case ASCII words joined by '-', or set 'slug:'"));
            }

            return fileName;
        }

        private void Aliases(FrontMatterReader fm, SourceFile file, string target)
        {
            foreach (var (alias, line) in fm.StringListWithLines("aliases", required: false))
            {
                _aliases.Add((file.RelativePath, line, alias, target));
            }
        }

        private string? Reference(FrontMatterReader fm, SourceFile file, bool required = true)
        {
            var key = fm.Text("reference", required);
            if (key is not null)
            {
                _references.Add((file.RelativePath, fm.LineOfKey("reference"), key));
            }

            return key;
        }

        private Country? ReadCountry(SourceFile file)
        {
            if (Open(file) is not { } fm)
            {
                return null;
            }

            if (!IsDefault)
            {
                // The country's slug in this language ("perou") names every address of the country in it.
                _slug = fm.Slug("slug") ?? folderName;
            }

            var body = Render(file);
            var country = new Country
            {
                Language = Code,
                Key = folderName,
                Slug = _slug,
                Name = fm.Text("name") ?? "",
                Title = fm.Text("title") ?? "",
                Summary = fm.Text("summary") ?? "",
                ContextHtml = body.Html,
                ContextText = body.PlainText,
                DateModified = DateModified(file, fm),
            };
            var order = 0;
            country.Sources = fm.List("sources", s =>
            {
                var key = s.Slug("id");
                var title = s.Text("title");
                var publisher = s.Text("publisher");
                var date = s.Text("date");
                var note = s.Text("note", required: false);
                return key is null || title is null || publisher is null || date is null
                    ? null
                    : new Source { Language = Code, CountrySlug = _slug, Key = key, Title = title, Publisher = publisher, Date = date, Note = note, Order = order++ };
            });
            foreach (var duplicate in country.Sources.GroupBy(s => s.Key).Where(g => g.Count() > 1))
            {
                fm.Problem("sources", $"source id '{duplicate.Key}' is used twice");
            }

            order = 0;
            country.KeyFigures = fm.List("key_figures", k =>
            {
                var label = k.Text("label");
                var value = k.Number("value");
                var unit = k.Text("unit");
                var qualifier = Qualifier(k);
                var year = k.Text("year");
                var reference = Reference(k, file);
                return label is null || value is null || unit is null || year is null || reference is null
                    ? null
                    : new KeyFigure { Language = Code, CountrySlug = _slug, Label = label, Value = value.Value, Unit = unit, Qualifier = qualifier, Year = year, SourceKey = reference, Order = order++ };
            });
            content.Countries.Add(Track(file, fm, "country", folderName, country));
            return country;
        }

        private void ReadSection(SourceFile file, string kind)
        {
            if (Open(file) is not { } fm)
            {
                return;
            }

            var body = Render(file);
            var page = new SectionPage
            {
                Language = Code,
                Key = kind,
                CountrySlug = _slug,
                Kind = kind,
                Title = fm.Text("title") ?? "",
                Summary = fm.Text("summary") ?? "",
                BodyHtml = body.Html,
                BodyText = body.PlainText,
                DateModified = DateModified(file, fm),
            };
            switch (kind)
            {
                case "program":
                    page.Goal = fm.Text("goal");
                    break;
                case "relations":
                    var order = 0;
                    content.TradeFigures.AddRange(fm.List("trade_figures", t =>
                    {
                        var label = t.Text("label");
                        var value = t.Number("value");
                        var unit = t.Text("unit");
                        var currency = t.Text("currency", required: false);
                        var qualifier = Qualifier(t);
                        var year = t.Text("year");
                        var reference = Reference(t, file);
                        return label is null || value is null || unit is null || year is null || reference is null
                            ? null
                            : new TradeFigure { Language = Code, CountrySlug = _slug, Label = label, Value = value.Value, Unit = unit, Currency = currency, Qualifier = qualifier, Year = year, SourceKey = reference, Order = order++ };
                    }));
                    order = 0;
                    string? previous = null;
                    content.Timeline.AddRange(fm.List("timeline", t =>
                    {
                        var date = t.PartialDate("date");
                        if (date is not null && previous is not null)
                        {
                            // "2011" and "2011-07" may come in either order; "2010" after "2011-07" may not.
                            var length = Math.Min(date.Length, previous.Length);
                            if (string.CompareOrdinal(date[..length], previous[..length]) < 0)
                            {
                                t.Problem("date", $"timeline entries must be in date order: {date} comes after {previous}");
                            }
                        }

                        previous = date ?? previous;
                        var text = t.Text("text");
                        var reference = Reference(t, file);
                        return date is null || text is null || reference is null
                            ? null
                            : new TimelineEvent { Language = Code, CountrySlug = _slug, Date = date, Text = text, SourceKey = reference, Order = order++ };
                    }));
                    break;
                case "disbursements":
                    page.SourceKey = Reference(fm, file);
                    var row = 0;
                    content.Disbursements.AddRange(fm.List("disbursements", d =>
                    {
                        var year = d.FiscalYear("fiscal_year");
                        var source = d.Text("source");
                        var amount = d.Number("amount");
                        var unit = d.Text("unit");
                        var currency = d.Text("currency");
                        if (unit is not null and not ("million" or "one"))
                        {
                            d.Problem("unit", $"'unit' must be \"million\" or \"one\", not \"{unit}\"");
                        }

                        return year is null || source is null || amount is null || unit is null || currency is null
                            ? null
                            : new Disbursement { Language = Code, CountrySlug = _slug, FiscalYear = year, Source = source, Amount = amount.Value, Unit = unit, Currency = currency, Order = row++ };
                    }));
                    break;
                case "evaluation":
                    page.SourceKey = Reference(fm, file);
                    page.PeriodFrom = fm.FiscalYear("period_from");
                    page.PeriodTo = fm.FiscalYear("period_to");
                    break;
            }

            content.SectionPages.Add(Track(file, fm, "page", kind, page));
        }

        private void ReadTheme(SourceFile file, string fileName)
        {
            if (Open(file) is not { } fm)
            {
                return;
            }

            var slug = SlugOf(file, fm, fileName);
            var body = Render(file);
            Aliases(fm, file, Addresses.Theme(language, _slug, slug));
            content.Themes.Add(Track(file, fm, "theme", fileName, new Theme
            {
                Language = Code,
                Key = fileName,
                CountrySlug = _slug,
                Slug = slug,
                Title = fm.Text("title") ?? "",
                Summary = fm.Text("summary") ?? "",
                Order = fm.WholeNumber("order") ?? 0,
                AnticipatedResults = fm.StringList("anticipated_results", required: false),
                BodyHtml = body.Html,
                BodyText = body.PlainText,
                DateModified = DateModified(file, fm),
            }));
        }

        private void ReadFiscalYear(SourceFile file, string folderYear)
        {
            if (Open(file) is not { } fm)
            {
                return;
            }

            var year = fm.FiscalYear("fiscal_year");
            if (year is not null && year != folderYear)
            {
                fm.Problem("fiscal_year", $"fiscal_year {year} does not match its folder achievements/{folderYear}/");
            }

            var body = Render(file);
            var address = Addresses.FiscalYear(language, _slug, folderYear);
            Aliases(fm, file, address);
            if (!FiscalYears.IsValid(folderYear))
            {
                problems.Add(new(file.RelativePath, 1, $"folder achievements/{folderYear}/ is not a fiscal year written YYYY-YYYY with consecutive years"));
                return;
            }

            content.FiscalYears.Add(Track(file, fm, "fiscal year", folderYear, new FiscalYear
            {
                Language = Code,
                Key = folderYear,
                CountrySlug = _slug,
                Year = folderYear,
                Summary = fm.Text("summary") ?? "",
                BodyHtml = body.Html,
                BodyText = body.PlainText,
                DateModified = DateModified(file, fm),
            }));
        }

        private void ReadAchievement(SourceFile file, string folderYear, string fileName)
        {
            if (Open(file) is not { } fm)
            {
                return;
            }

            var slug = SlugOf(file, fm, fileName);
            var year = fm.FiscalYear("fiscal_year");
            if (year is not null && year != folderYear)
            {
                fm.Problem("fiscal_year", $"fiscal_year {year} does not match its folder achievements/{folderYear}/; move the file or correct the year");
            }

            var theme = fm.Slug("theme");
            if (theme is not null)
            {
                _themeRefs.Add((file.RelativePath, fm.LineOfKey("theme"), theme));
            }

            var body = Render(file);
            var achievement = new Achievement
            {
                Language = Code,
                Key = $"{folderYear}/{fileName}",
                CountrySlug = _slug,
                FiscalYear = folderYear,
                ThemeSlug = theme ?? "",
                Slug = slug,
                Title = fm.Text("title") ?? "",
                Order = fm.WholeNumber("order") ?? 0,
                ResultsPeriod = fm.Text("results_period", required: false),
                SourceKey = Reference(fm, file) ?? "",
                Figures = fm.List("figures", f =>
                {
                    var label = f.Text("label");
                    var value = f.Number("value");
                    var unit = f.Text("unit", required: false);
                    var qualifier = Qualifier(f);
                    return label is null || value is null ? null : new Figure { Label = label, Value = value.Value, Unit = unit, Qualifier = qualifier };
                }, required: false),
                BodyHtml = body.Html,
                BodyText = body.PlainText,
                DateModified = DateModified(file, fm),
            };
            Aliases(fm, file, Addresses.Achievement(language, _slug, folderYear, slug));
            content.Achievements.Add(Track(file, fm, "achievement", achievement.Key, achievement));
        }

        private void ReadProject(SourceFile file, string fileName)
        {
            if (Open(file) is not { } fm)
            {
                return;
            }

            var slug = SlugOf(file, fm, fileName);
            var theme = fm.Slug("theme");
            if (theme is not null)
            {
                _themeRefs.Add((file.RelativePath, fm.LineOfKey("theme"), theme));
            }

            var money = ProjectFunding.Read(fm);
            var announcement = fm.Mapping("announcement");
            var body = Render(file);
            var project = new Project
            {
                Language = Code,
                Key = fileName,
                CountrySlug = _slug,
                Slug = slug,
                Title = fm.Text("title") ?? "",
                FundingAmount = money.Amount,
                FundingCurrency = money.Currency,
                FundingCurrencyNote = money.CurrencyNote,
                FundingDuration = money.Duration,
                FundingStartYear = money.StartYear,
                FundingEndYear = money.EndYear,
                FundingKind = money.Kind,
                TotalValue = money.TotalValue,
                TotalValueStartYear = money.TotalValueStartYear,
                TotalValueEndYear = money.TotalValueEndYear,
                TotalValuePeriodAsStated = money.TotalValuePeriodAsStated,
                Implementer = fm.Text("implementer") ?? "",
                ThemeSlug = theme ?? "",
                Places = fm.StringList("places"),
                Regional = fm.Flag("regional") ?? false,
                Beneficiaries = fm.List("beneficiaries", b =>
                {
                    var value = b.Number("value");
                    var label = b.Text("label");
                    var qualifier = Qualifier(b);
                    return value is null || label is null ? null : new Beneficiary { Value = value.Value, Label = label, Qualifier = qualifier };
                }, required: false),
                AnnouncedBy = announcement?.Text("by") ?? "",
                AnnouncedAt = announcement?.Text("event") ?? "",
                AnnouncedIn = announcement?.Text("place") ?? "",
                AnnouncedFrom = announcement?.Date("start_date") ?? default,
                AnnouncedTo = announcement?.Date("end_date") ?? default,
                SourceKey = Reference(fm, file) ?? "",
                BodyHtml = body.Html,
                BodyText = body.PlainText,
                DateModified = DateModified(file, fm),
            };
            announcement?.ReportUnknownKeys("'announcement'");
            Aliases(fm, file, Addresses.Project(language, _slug, slug));
            content.Projects.Add(Track(file, fm, "project", fileName, project));
        }

        private void ReadRecommendation(SourceFile file, string fileName)
        {
            if (Open(file) is not { } fm)
            {
                return;
            }

            var slug = SlugOf(file, fm, fileName);
            var body = Render(file);
            content.Recommendations.Add(Track(file, fm, "recommendation", fileName, new Recommendation
            {
                Language = Code,
                Key = fileName,
                CountrySlug = _slug,
                Slug = slug,
                Number = fm.WholeNumber("number") ?? 0,
                Title = fm.Text("title") ?? "",
                Commitments = fm.List("commitments", c =>
                {
                    var centre = c.Text("centre");
                    var text = c.Text("text");
                    return centre is null || text is null ? null : new Commitment { Centre = centre, Text = text };
                }),
                ResponsibilityCentres = fm.StringList("responsibility_centres"),
                TargetDates = fm.List("target_dates", t =>
                {
                    var centre = t.Text("centre");
                    var date = t.PartialDate("date");
                    return centre is null || date is null ? null : new TargetDate { Centre = centre, Date = date };
                }),
                BodyHtml = body.Html,
                BodyText = body.PlainText,
                DateModified = DateModified(file, fm),
            }));
            Aliases(fm, file, Addresses.Recommendation(language, _slug, slug));
        }

        private void CrossCheck(Country? country)
        {
            var sourceKeys = country?.Sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal) ?? [];
            if (country is not null)
            {
                foreach (var (path, line, key) in _references.Where(r => !sourceKeys.Contains(r.Key)))
                {
                    problems.Add(new(path, line, $"reference '{key}' is not a source id in {folderName}/country.md (known: {string.Join(", ", sourceKeys.Order())})"));
                }
            }

            var themes = content.Themes.Where(t => t.CountrySlug == _slug && t.Language == Code).ToList();
            var themeSlugs = themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);

            // Files name a theme by its English slug, which is its file name; a French item is then filed
            // under the French slug of the same theme.
            var slugByKey = themes.ToDictionary(t => t.Key, t => t.Slug, StringComparer.Ordinal);
            foreach (var (path, line, theme) in _themeRefs.Where(r => !themeSlugs.Contains(r.Theme) && !slugByKey.ContainsKey(r.Theme)))
            {
                problems.Add(new(path, line, $"theme '{theme}' does not exist: add {folderName}/themes/{theme}.md or use one of {string.Join(", ", slugByKey.Keys.Order())}"));
            }

            foreach (var achievement in content.Achievements.Where(a => a.CountrySlug == _slug && a.Language == Code && slugByKey.ContainsKey(a.ThemeSlug)))
            {
                achievement.ThemeSlug = slugByKey[achievement.ThemeSlug];
            }

            foreach (var project in content.Projects.Where(p => p.CountrySlug == _slug && p.Language == Code && slugByKey.ContainsKey(p.ThemeSlug)))
            {
                project.ThemeSlug = slugByKey[project.ThemeSlug];
            }

            var years = content.FiscalYears.Where(y => y.CountrySlug == _slug && y.Language == Code).Select(y => y.Year).ToHashSet(StringComparer.Ordinal);
            foreach (var (file, fm) in _files.Where(f => f.File.RelativePath.Contains("/achievements/", StringComparison.Ordinal) && !f.File.RelativePath.EndsWith("/index.md", StringComparison.Ordinal) && !f.File.RelativePath.EndsWith("/index.fr.md", StringComparison.Ordinal)))
            {
                var year = file.RelativePath.Split('/')[^2];
                if (!years.Contains(year))
                {
                    problems.Add(new(file.RelativePath, fm.LineOfKey("fiscal_year"), $"fiscal year {year} does not exist: add {folderName}/achievements/{year}/index{language.FileSuffix(loader.Languages)}"));
                }
            }

            Duplicates(themes, t => t.Slug, "theme slug");
            Duplicates(content.Achievements.Where(a => a.CountrySlug == _slug && a.Language == Code), a => $"{a.FiscalYear}/{a.Slug}", "achievement slug");
            Duplicates(content.Projects.Where(p => p.CountrySlug == _slug && p.Language == Code), p => p.Slug, "project slug");
            Duplicates(content.Recommendations.Where(r => r.CountrySlug == _slug && r.Language == Code), r => r.Slug, "recommendation slug");
            Duplicates(content.Recommendations.Where(r => r.CountrySlug == _slug && r.Language == Code), r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "recommendation number", "number");

            var live = LiveAddresses();
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (path, line, alias, target) in _aliases)
            {
                if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Any(c => c > 127 || char.IsWhiteSpace(c) || c is '?' or '#' or '\\'))
                {
                    problems.Add(new(path, line, $"alias \"{alias}\" must be an absolute address on this site, such as /en/{_slug}/achievements/2011-2012/old-slug"));
                }
                else if (live.Contains(alias.TrimEnd('/')))
                {
                    problems.Add(new(path, line, $"alias \"{alias}\" is the address of a page that exists; an alias must be an old address no page uses"));
                }
                else if (!seen.TryAdd(alias.TrimEnd('/'), path))
                {
                    problems.Add(new(path, line, $"alias \"{alias}\" is also listed in {seen[alias.TrimEnd('/')]}; an old address can lead to one page only"));
                }
                else
                {
                    content.Aliases.Add(new PageAlias { Path = alias.TrimEnd('/').ToLowerInvariant(), TargetPath = target });
                }
            }
        }

        private void Duplicates<T>(IEnumerable<T> items, Func<T, string> key, string what, string lineKey = "slug")
            where T : class
        {
            foreach (var group in items.GroupBy(key).Where(g => g.Count() > 1))
            {
                var origins = group.Select(item => _origins[item]).ToList();
                var files = string.Join(", ", origins.Select(o => o.File.RelativePath));
                foreach (var (file, fm) in origins.Skip(1))
                {
                    problems.Add(new(file.RelativePath, fm.LineOfKey(lineKey), $"{what} '{group.Key}' is used by more than one file ({files})"));
                }
            }
        }

        private HashSet<string> LiveAddresses()
        {
            var live = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                Addresses.Home(language),
                Addresses.Country(language, _slug),
                Addresses.ThematicFocus(language, _slug),
                Addresses.Achievements(language, _slug),
                Addresses.Relations(language, _slug),
                Addresses.Disbursements(language, _slug),
                Addresses.Projects(language, _slug),
                Addresses.Evaluation(language, _slug),
                Addresses.Glossary(language, _slug),
            };
            live.UnionWith(content.Themes.Where(t => t.CountrySlug == _slug && t.Language == Code).Select(t => Addresses.Theme(language, _slug, t.Slug)));
            live.UnionWith(content.FiscalYears.Where(y => y.CountrySlug == _slug && y.Language == Code).Select(y => Addresses.FiscalYear(language, _slug, y.Year)));
            live.UnionWith(content.Achievements.Where(a => a.CountrySlug == _slug && a.Language == Code).Select(a => Addresses.Achievement(language, _slug, a.FiscalYear, a.Slug)));
            live.UnionWith(content.Projects.Where(p => p.CountrySlug == _slug && p.Language == Code).Select(p => Addresses.Project(language, _slug, p.Slug)));
            live.UnionWith(content.Recommendations.Where(r => r.CountrySlug == _slug && r.Language == Code).Select(r => Addresses.Recommendation(language, _slug, r.Slug)));
            return live;
        }
    }

    internal RenderedMarkdown RenderBody(string body, MarkdownContext? context) => markdown.Render(body, context);
}
