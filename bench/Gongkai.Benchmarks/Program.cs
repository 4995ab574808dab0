using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Gongkai.Benchmarks -- --filter '*Deadline*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
