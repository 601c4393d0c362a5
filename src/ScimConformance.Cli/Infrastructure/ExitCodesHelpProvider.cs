using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>Spectre's help, with the exit codes under every page: CI authors need them most.</summary>
public sealed class ExitCodesHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
        [
            .. base.GetFooter(model, command),
            new Markup(Environment.NewLine + "[yellow]EXIT CODES:[/]" + Environment.NewLine),
            new Text(string.Join(Environment.NewLine, ExitCodes.HelpLines.Select(line => "    " + line)) + Environment.NewLine),
        ];
}
