using System.Net;
using System.Net.Sockets;

namespace Peru.Portal.Tests;

/// <summary>A loopback port nobody listens on, for the servers the tests start (nginx, a published portal).</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
