namespace Gongkai.Cli.Batch;

/// <summary>
/// Prints outcomes in input order as soon as every earlier one is done, so a long batch shows its results while it
/// runs and the output is the same whatever the order the threads finished in.
/// </summary>
internal sealed class OrderedPrinter(int count, Action<CheckOutcome> print)
{
    private readonly CheckOutcome?[] _done = new CheckOutcome?[count];
    private readonly Lock _lock = new();
    private int _next;

    public void Done(int index, CheckOutcome outcome)
    {
        lock (_lock)
        {
            _done[index] = outcome;
            while (_next < _done.Length && _done[_next] is { } ready)
            {
                print(ready);
                _done[_next] = null;
                _next++;
            }
        }
    }
}
