using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// Reads a check's IL for the requirement ids its code can cite: the string literals it loads, and those of every
/// method of the same assembly it calls, turns into a delegate (lambdas, local functions) or runs as its async or
/// iterator state machine. Branches that only a broken endpoint reaches are read too, which a run of the compliant
/// server never executes. Ids that reach Verify through a parameter are cited by the caller's literal.
/// </summary>
internal static class CitedRequirements
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each literal <paramref name="isId"/> accepts, with the method that loads it.</summary>
    public static IReadOnlyList<(string Id, MethodBase Site)> Of(MethodInfo check, Func<string, bool> isId)
    {
        ArgumentNullException.ThrowIfNull(check);
        var module = check.Module;
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>([check]);
        var found = new List<(string, MethodBase)>();
        while (pending.TryPop(out var method))
        {
            if (!seen.Add(method)) continue;
            if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine
                && machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } moveNext)
                pending.Push(moveNext);
            foreach (var (opCode, token) in Tokens(method))
            {
                if (opCode.OperandType == OperandType.InlineString)
                {
                    var literal = module.ResolveString(token);
                    if (isId(literal)) found.Add((literal, method));
                }
                else if (opCode.OperandType == OperandType.InlineMethod && Resolve(module, token, method) is { } callee && callee.Module == module)
                {
                    pending.Push(callee is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericMethodDefinition() : callee);
                }
            }
        }
        return found;
    }

    private static MethodBase? Resolve(Module module, int token, MethodBase context)
    {
        try
        {
            var typeArguments = context.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments() : null;
            var methodArguments = context is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericArguments() : null;
            return module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null; // a member of another assembly's generic type: not ours to read
        }
    }

    /// <summary>The opcodes of a method body that carry a metadata token (strings, methods), with the token.</summary>
    private static IEnumerable<(OpCode OpCode, int Token)> Tokens(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE) value = (short)(0xFE00 | il[at++]);
            var opCode = OpCodesByValue[value];
            var operand = OperandSize(opCode.OperandType, il, at);
            if (opCode.OperandType is OperandType.InlineString or OperandType.InlineMethod)
                yield return (opCode, BitConverter.ToInt32(il, at));
            at += operand;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
