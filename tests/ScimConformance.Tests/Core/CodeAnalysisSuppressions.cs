using System.Diagnostics.CodeAnalysis;

// Expected values in assertions read best as inline arrays; they are built once per test, not in a loop.
[assembly: SuppressMessage("Performance", "CA1861:Avoid constant arrays as arguments",
    Scope = "namespaceanddescendants", Target = "~N:ScimConformance.Tests.Core")]
