using System.Management.Automation.Language;
using System.Runtime.CompilerServices;

namespace ActionPlanTracker.Tests;

/// <summary>
/// build.ps1 cannot be run here (there is no PowerShell on the Linux machines), but PowerShell's own parser can
/// read it: these tests catch a syntax error, a lost task, or a cmdlet that would only work on some machines.
/// </summary>
public sealed class BuildScriptTests
{
    private static string ScriptPath => Path.Combine(RepositoryRoot.Find(), "build.ps1");

    [Test]
    public void Build_script_is_valid_PowerShell()
    {
        Parse(out var errors);

        Assert.That(errors.Select(e => $"line {e.Extent.StartLineNumber}, column {e.Extent.StartColumnNumber}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void Build_script_offers_run_test_and_publish_and_runs_by_default()
    {
        var task = Parse(out _).ParamBlock?.Parameters.SingleOrDefault(p => p.Name.VariablePath.UserPath == "Task");
        Assert.That(task, Is.Not.Null, "build.ps1 has no -Task parameter.");

        var validateSet = task!.Attributes.OfType<AttributeAst>().SingleOrDefault(a => a.TypeName.Name == "ValidateSet");
        Assert.That(validateSet, Is.Not.Null, "-Task has no ValidateSet.");
        var tasks = validateSet!.PositionalArguments.OfType<StringConstantExpressionAst>().Select(s => s.Value);
        Assert.That(tasks, Is.EquivalentTo(new[] { "run", "test", "publish" }));
        Assert.That((task.DefaultValue as StringConstantExpressionAst)?.Value, Is.EqualTo("run"));
    }

    [Test]
    public void Build_script_runs_the_documented_dotnet_commands()
    {
        var dotnetCalls = Parse(out _).FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>()
            .Select(c => c.CommandElements.Skip(1).FirstOrDefault()?.Extent.Text)
            .Where(verb => verb is "run" or "test" or "publish")
            .Distinct();

        Assert.That(dotnetCalls, Is.EquivalentTo(new[] { "run", "test", "publish" }));
    }

    [Test]
    public void Build_script_uses_no_cmdlets_so_it_runs_wherever_dotnet_does()
    {
        var script = Parse(out _);
        var ownFunctions = script.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>().Select(f => f.Name).ToHashSet();
        var commands = script.FindAll(a => a is CommandAst, true).Cast<CommandAst>().Select(c => c.GetCommandName());

        Assert.That(commands.Where(name => name != "dotnet" && !ownFunctions.Contains(name)), Is.Empty);
    }

    [Test]
    public void Build_script_stops_when_a_command_fails()
    {
        var script = Parse(out _);
        var exitCodeChecks = script.FindAll(a => a is VariableExpressionAst v && v.VariablePath.UserPath == "LASTEXITCODE", true);
        var exits = script.FindAll(a => a is ExitStatementAst, true);

        Assert.That(exitCodeChecks, Is.Not.Empty, "build.ps1 never looks at $LASTEXITCODE.");
        Assert.That(exits, Is.Not.Empty, "build.ps1 never exits with a failing command's code.");
    }

    private static ScriptBlockAst Parse(out ParseError[] errors) =>
        Parser.ParseFile(ScriptPath, out _, out errors);
}

/// <summary>The folder holding ActionPlanTracker.slnx, found by walking up from where the tests run.</summary>
public static class RepositoryRoot
{
    /// <remarks>
    /// With <c>--artifacts-path</c> the tests run outside the repository, so the folder of this source file,
    /// as the compiler saw it, is the second place to look.
    /// </remarks>
    public static string Find([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [TestContext.CurrentContext.TestDirectory, Path.GetDirectoryName(sourceFile) ?? ""];
        foreach (var start in starts.Where(Directory.Exists))
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "ActionPlanTracker.slnx")))
                    return folder.FullName;
        throw new InvalidOperationException($"No ActionPlanTracker.slnx above {string.Join(" or ", starts)}.");
    }
}
