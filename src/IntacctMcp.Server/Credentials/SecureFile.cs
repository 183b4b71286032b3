namespace IntacctMcp.Server.Credentials;

/// <summary>Creates folders readable only by their owner and replaces files atomically with owner-only permissions.</summary>
/// <remarks>On Unix folders get <c>0700</c> and files <c>0600</c>; on Windows the per-user profile folder already restricts access.</remarks>
internal static class SecureFile
{
    /// <summary>Owner read, write and search: <c>0700</c>.</summary>
    public const UnixFileMode PrivateDirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Owner read and write: <c>0600</c>.</summary>
    public const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents of it) and makes it owner-only.</summary>
    public static void EnsureDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, PrivateDirectoryMode);

        // An existing folder keeps whatever mode it had; ours must not be readable by others.
        if (File.GetUnixFileMode(path) != PrivateDirectoryMode)
        {
            File.SetUnixFileMode(path, PrivateDirectoryMode);
        }
    }

    /// <summary>Writes the content to a private temporary file in the same folder, then renames it over the target.</summary>
    /// <remarks>Readers see either the old or the new file, never a half-written one, and the content is never world-readable.</remarks>
    public static void WriteAllBytesAtomic(string path, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(path) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        EnsureDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = PrivateFileMode;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Makes a folder and every file and folder under it owner-only (for trees written by others, such as the key ring).</summary>
    public static void RestrictTree(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
        {
            return;
        }

        EnsureDirectory(path);
        foreach (var entry in Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories))
        {
            var wanted = Directory.Exists(entry) ? PrivateDirectoryMode : PrivateFileMode;
            if (File.GetUnixFileMode(entry) != wanted)
            {
                File.SetUnixFileMode(entry, wanted);
            }
        }
    }
}
