using BenchmarkDotNet.Running;
using ScimConformance.Bench.Oracles;

// "--describe" prints what each case does to the synthetic data (matches, PATCH outcomes), so a reader can
// check that no benchmark is silently measuring an error path; everything else goes to BenchmarkDotNet.
if (args is ["--describe", ..])
{
    CaseDescription.Print(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(CaseDescription).Assembly).Run(args);
