<#
.SYNOPSIS
    Runs, tests or publishes the action-plan tracker.
.DESCRIPTION
    A thin wrapper over the dotnet commands the README documents, for people who prefer one entry point.
    Building the API also builds the SPA in web/ (see web/web.targets), so Node 20 and npm must be on the PATH.
    It uses only the PowerShell language and native commands, no cmdlets, so a hosted parser or runner can check it.
.EXAMPLE
    ./build.ps1            # dotnet run --project api
    ./build.ps1 test       # dotnet test
    ./build.ps1 publish    # dotnet test, then dotnet publish api -c Release -o artifacts/publish
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('run', 'test', 'publish')]
    [string] $Task = 'run'
)

$ErrorActionPreference = 'Stop'

# Paths from the script's own folder, so it works from any current directory.
$root = $PSScriptRoot
$api = "$root/api"
$solution = "$root/ActionPlanTracker.slnx"
$publishTo = "$root/artifacts/publish"

# Native commands do not throw on failure; stop at the first one that exits non-zero, with its exit code.
function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) {
        [Console]::Error.WriteLine("build.ps1: 'dotnet $args' failed with exit code $LASTEXITCODE.")
        exit $LASTEXITCODE
    }
}

switch ($Task) {
    'run' {
        Invoke-Dotnet run --project $api
    }
    'test' {
        Invoke-Dotnet test $solution
    }
    'publish' {
        # Never publish what does not pass its tests.
        Invoke-Dotnet test $solution
        Invoke-Dotnet publish $api -c Release -o $publishTo
    }
}
