namespace ScimConformance.Core.Patching.ValueFilters;

internal sealed class ValueFilterException(string message) : Exception(message);
