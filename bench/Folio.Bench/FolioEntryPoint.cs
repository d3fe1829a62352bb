using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Hosting;

namespace Folio.Bench;

/// <summary>
/// Runs Folio's own <c>Main</c> in this process, with a say in how its host is built. The
/// generic host announces "HostBuilding" (with a builder whose services may still change) and
/// "HostBuilt" (with the built host) on a diagnostic listener, which is how the .NET tools (EF
/// Core's, the test host's) reach an app's services without the app's help.
/// </summary>
internal static class FolioEntryPoint
{
    /// <summary>Runs Folio with these arguments, the measuring hooks added to its services; returns its exit code.</summary>
    public static int Run(string[] args, Action<IServiceCollection> addHooks)
    {
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new HostEvents(onBuilding: addHooks, onBuilt: null));
        return Invoke(args);
    }

    /// <summary>Runs Folio's start-up as far as its built host and returns the host's services, without starting it.</summary>
    public static IServiceProvider Services(string[] args)
    {
        IServiceProvider? services = null;
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new HostEvents(onBuilding: null, onBuilt: host =>
        {
            services = host.Services;
            throw new HostCaptured(); // unwinds Folio's Main before it touches the database or listens
        }));
        try
        {
            Invoke(args);
        }
        catch (TargetInvocationException stopped) when (stopped.InnerException is HostCaptured)
        {
        }
        return services ?? throw new InvalidOperationException("Folio's start-up ended before its host was built.");
    }

    private static int Invoke(string[] args) =>
        typeof(Program).Assembly.EntryPoint!.Invoke(null, [args]) is int exitCode ? exitCode : 0;

    private sealed class HostCaptured : Exception;

    private sealed class HostEvents(Action<IServiceCollection>? onBuilding, Action<IHost>? onBuilt)
        : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.Extensions.Hosting") listener.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> hostEvent)
        {
            if (hostEvent is { Key: "HostBuilding", Value: IHostBuilder builder } && onBuilding is not null) builder.ConfigureServices(onBuilding.Invoke);
            if (hostEvent is { Key: "HostBuilt", Value: IHost host }) onBuilt?.Invoke(host);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
