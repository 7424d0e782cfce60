using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ActionPlanTracker.Tests.Api.Accounts;

/// <summary>
/// HTTP clients that reach the test server from another loopback address: on Linux all of 127.0.0.0/8 is the loopback
/// interface, so a socket bound to 127.0.0.2 connects to the server on 127.0.0.1 and the server sees 127.0.0.2 as
/// Connection.RemoteIpAddress, as it would see two different people's machines.
/// </summary>
public static class ClientAt
{
    /// <summary>A browser-like client (own cookie jar) whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient Address(string address, Uri? baseAddress = null)
    {
        var local = IPAddress.Parse(address);
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    var server = IPAddress.TryParse(context.DnsEndPoint.Host, out var ip) ? ip : IPAddress.Loopback;
                    await socket.ConnectAsync(new IPEndPoint(server, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress ?? TrackerApp.BaseAddress };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
