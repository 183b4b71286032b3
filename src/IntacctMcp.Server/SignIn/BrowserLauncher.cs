using System.Diagnostics;

namespace IntacctMcp.Server.SignIn;

/// <summary>Opens a URL in the person's browser when there is one; never fails the sign-in (the URL is always printed too).</summary>
internal static class BrowserLauncher
{
    /// <summary>Tries to open the URL.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>Whether a browser opener was started.</returns>
    public static bool TryOpen(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            ProcessStartInfo? info = null;
            if (OperatingSystem.IsWindows())
            {
                info = new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true };
            }
            else if (OperatingSystem.IsMacOS())
            {
                info = new ProcessStartInfo("open", [url.AbsoluteUri]);
            }
            else if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
            {
                // Without a display (a remote shell) there is no browser to open: the printed URL is the way.
                info = new ProcessStartInfo("xdg-open", [url.AbsoluteUri]);
            }

            if (info is null)
            {
                return false;
            }

            info.RedirectStandardOutput = !info.UseShellExecute;
            info.RedirectStandardError = !info.UseShellExecute;
            using var process = Process.Start(info);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException or FileNotFoundException)
        {
            return false;
        }
    }
}
