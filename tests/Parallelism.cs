// Fixtures run side by side (tests within a fixture still run one after another, in one instance): most of a browser
// or API test's time is spent waiting on another process (Kestrel, Chromium, SQLite's fsync, a PostgreSQL cluster), so
// on CI's two cores three workers finish the suite sooner than one. A fixture whose subject is global to the shared
// tracker (instance-wide settings, the mail clock, sign-in limits) or that measures load carries [NonParallelizable]
// and runs alone. Tests arrange their own data under unique names, so fixtures never see each other's plans.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]
