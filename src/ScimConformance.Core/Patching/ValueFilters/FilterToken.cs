using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching.ValueFilters;

internal enum FilterTokenKind { Word, Literal, OpenParen, CloseParen, End }

/// <summary>A word (attribute name, operator, and/or/not) or a JSON literal (string, number, true, false, null).</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, JsonNode? Literal = null)
{
    public bool IsWord(string word) => Kind == FilterTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
