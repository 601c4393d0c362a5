using ScimConformance.Core.Configuration.Options;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// Spectre's help, plus the target options (declared in <see cref="TargetOptions"/>, not bound by Spectre) on the
/// pages of the commands that take them, and the exit codes under every page: CI authors need them most.
/// </summary>
public sealed class ScimConfHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetOptions(ICommandModel model, ICommandInfo? command)
    {
        foreach (var renderable in base.GetOptions(model, command)) yield return renderable;
        if (command is null || command.Parent is not null || !ScimConfApp.TargetCommands.Contains(command.Name)) yield break;

        yield return new Markup(Environment.NewLine + "[yellow]TARGET OPTIONS:[/]" + Environment.NewLine);
        var grid = new Grid();
        grid.AddColumn(new GridColumn { Padding = new Padding(4, 0, 6, 0) });
        grid.AddColumn(new GridColumn { Padding = new Padding(0, 0, 0, 0) });
        foreach (var option in TargetOptions.Flags)
            grid.AddRow(new Text(option.Usage), new Text(option.Help));
        yield return grid;
    }

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
        [
            .. base.GetFooter(model, command),
            new Markup(Environment.NewLine + "[yellow]EXIT CODES:[/]" + Environment.NewLine),
            new Text(string.Join(Environment.NewLine, ExitCodes.HelpLines.Select(line => "    " + line)) + Environment.NewLine),
        ];
}
