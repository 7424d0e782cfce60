using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Data;

public static class SqliteErrors
{
    // Extended result codes from sqlite3.h.
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintForeignKey = 787;

    public static bool IsUniqueViolation(this SqliteException e) =>
        e.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey;

    public static bool IsForeignKeyViolation(this SqliteException e) =>
        e.SqliteExtendedErrorCode == ConstraintForeignKey;
}
