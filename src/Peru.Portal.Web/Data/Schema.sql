CREATE TABLE "Achievements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Achievements" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "FiscalYear" TEXT NOT NULL,
    "ThemeSlug" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "ResultsPeriod" TEXT NULL,
    "SourceKey" TEXT NOT NULL,
    "Departments" TEXT NOT NULL,
    "BodyHtml" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "Corrections" TEXT NULL,
    "Figures" TEXT NULL
);


CREATE TABLE "Aliases" (
    "Path" TEXT NOT NULL CONSTRAINT "PK_Aliases" PRIMARY KEY,
    "TargetPath" TEXT NOT NULL
);


CREATE TABLE "Countries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "ContextHtml" TEXT NOT NULL,
    "ContextText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "IsoCode" TEXT NULL,
    CONSTRAINT "AK_Countries_Language_Slug" UNIQUE ("Language", "Slug")
);


CREATE TABLE "Departments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Departments" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "AchievementCount" INTEGER NOT NULL,
    "ProjectCount" INTEGER NOT NULL,
    "DateModified" TEXT NOT NULL
);


CREATE TABLE "Disbursements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Disbursements" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "FiscalYear" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Currency" TEXT NOT NULL
);


CREATE TABLE "FiscalYears" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FiscalYears" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Year" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "BodyHtml" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL
);


CREATE TABLE "GlossaryEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GlossaryEntries" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Anchor" TEXT NOT NULL,
    "Term" TEXT NOT NULL,
    "IsAbbreviation" INTEGER NOT NULL,
    "Expansion" TEXT NULL,
    "Definition" TEXT NOT NULL,
    "Order" INTEGER NOT NULL
);


CREATE TABLE "Imports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Imports" PRIMARY KEY AUTOINCREMENT,
    "ImportedAt" TEXT NOT NULL,
    "FileCount" INTEGER NOT NULL,
    "ContentFingerprint" TEXT NOT NULL
);


CREATE TABLE "MapDrawings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MapDrawings" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Svg" TEXT NOT NULL
);


CREATE TABLE "Projects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Projects" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "FundingAmount" TEXT NOT NULL,
    "FundingCurrency" TEXT NOT NULL,
    "FundingCurrencyNote" TEXT NULL,
    "FundingDuration" TEXT NOT NULL,
    "FundingStartYear" INTEGER NOT NULL,
    "FundingEndYear" INTEGER NOT NULL,
    "FundingKind" TEXT NOT NULL,
    "TotalValue" TEXT NULL,
    "TotalValueStartYear" INTEGER NULL,
    "TotalValueEndYear" INTEGER NULL,
    "TotalValuePeriodAsStated" TEXT NULL,
    "Implementer" TEXT NOT NULL,
    "ThemeSlug" TEXT NOT NULL,
    "Places" TEXT NOT NULL,
    "Departments" TEXT NOT NULL,
    "Regional" INTEGER NOT NULL,
    "AnnouncedBy" TEXT NOT NULL,
    "AnnouncedAt" TEXT NOT NULL,
    "AnnouncedIn" TEXT NOT NULL,
    "AnnouncedFrom" TEXT NOT NULL,
    "AnnouncedTo" TEXT NOT NULL,
    "SourceKey" TEXT NOT NULL,
    "BodyHtml" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "IatiIdentifier" TEXT NULL,
    "ActivityStatus" TEXT NULL,
    "Beneficiaries" TEXT NULL,
    "Corrections" TEXT NULL
);


CREATE TABLE "PublishedPages" (
    "Path" TEXT NOT NULL CONSTRAINT "PK_PublishedPages" PRIMARY KEY,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "ShareTitle" TEXT NOT NULL,
    "ShareFigure" TEXT NULL
);


CREATE TABLE "Recommendations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Recommendations" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "ResponsibilityCentres" TEXT NOT NULL,
    "BodyHtml" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "Commitments" TEXT NULL,
    "TargetDates" TEXT NULL
);


CREATE TABLE "SectionPages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SectionPages" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Goal" TEXT NULL,
    "SourceKey" TEXT NULL,
    "PeriodFrom" TEXT NULL,
    "PeriodTo" TEXT NULL,
    "BodyHtml" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL,
    "Headings" TEXT NULL
);


CREATE TABLE "Themes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Themes" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "AnticipatedResults" TEXT NOT NULL,
    "BodyHtml" TEXT NOT NULL,
    "BodyText" TEXT NOT NULL,
    "DateModified" TEXT NOT NULL
);


CREATE TABLE "TimelineEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TimelineEvents" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "SourceKey" TEXT NOT NULL
);


CREATE TABLE "TradeFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TradeFigures" PRIMARY KEY AUTOINCREMENT,
    "Qualifier" TEXT NULL,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Currency" TEXT NULL,
    "Year" TEXT NOT NULL,
    "SourceKey" TEXT NOT NULL
);


CREATE TABLE "KeyFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KeyFigures" PRIMARY KEY AUTOINCREMENT,
    "Qualifier" TEXT NULL,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Year" TEXT NOT NULL,
    "SourceKey" TEXT NOT NULL,
    CONSTRAINT "FK_KeyFigures_Countries_Language_CountrySlug" FOREIGN KEY ("Language", "CountrySlug") REFERENCES "Countries" ("Language", "Slug") ON DELETE CASCADE
);


CREATE TABLE "Sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
    "Language" TEXT NOT NULL,
    "CountrySlug" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Publisher" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "FK_Sources_Countries_Language_CountrySlug" FOREIGN KEY ("Language", "CountrySlug") REFERENCES "Countries" ("Language", "Slug") ON DELETE CASCADE
);


CREATE INDEX "IX_Achievements_Language_CountrySlug_DateModified" ON "Achievements" ("Language", "CountrySlug", "DateModified");


CREATE INDEX "IX_Achievements_Language_CountrySlug_FiscalYear_Order_Slug" ON "Achievements" ("Language", "CountrySlug", "FiscalYear", "Order", "Slug");


CREATE UNIQUE INDEX "IX_Achievements_Language_CountrySlug_FiscalYear_Slug" ON "Achievements" ("Language", "CountrySlug", "FiscalYear", "Slug");


CREATE UNIQUE INDEX "IX_Countries_Language_Slug" ON "Countries" ("Language", "Slug");


CREATE UNIQUE INDEX "IX_Departments_Language_CountrySlug_Slug" ON "Departments" ("Language", "CountrySlug", "Slug");


CREATE UNIQUE INDEX "IX_FiscalYears_Language_CountrySlug_Year" ON "FiscalYears" ("Language", "CountrySlug", "Year");


CREATE UNIQUE INDEX "IX_GlossaryEntries_Language_CountrySlug_Anchor" ON "GlossaryEntries" ("Language", "CountrySlug", "Anchor");


CREATE INDEX "IX_KeyFigures_Language_CountrySlug" ON "KeyFigures" ("Language", "CountrySlug");


CREATE UNIQUE INDEX "IX_MapDrawings_Language_CountrySlug" ON "MapDrawings" ("Language", "CountrySlug");


CREATE UNIQUE INDEX "IX_Projects_Language_CountrySlug_Slug" ON "Projects" ("Language", "CountrySlug", "Slug");


CREATE INDEX "IX_PublishedPages_Key_Language" ON "PublishedPages" ("Key", "Language");


CREATE UNIQUE INDEX "IX_Recommendations_Language_CountrySlug_Slug" ON "Recommendations" ("Language", "CountrySlug", "Slug");


CREATE UNIQUE INDEX "IX_SectionPages_Language_CountrySlug_Kind" ON "SectionPages" ("Language", "CountrySlug", "Kind");


CREATE INDEX "IX_Sources_Language_CountrySlug" ON "Sources" ("Language", "CountrySlug");


CREATE UNIQUE INDEX "IX_Themes_Language_CountrySlug_Slug" ON "Themes" ("Language", "CountrySlug", "Slug");


