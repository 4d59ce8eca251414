# Lists a .7z with libarchive (the C library 7-Zip-compatible tools and many Linux desktops use) as JSON:
# path -> "sha256:size". Used by test/scripts/wps-release.test.ts to read back what scripts/seven-zip.ts writes.
import ctypes, sys, json
la = ctypes.CDLL("libarchive.so.13")
la.archive_read_new.restype = ctypes.c_void_p
la.archive_entry_pathname_utf8.restype = ctypes.c_char_p
la.archive_entry_pathname_utf8.argtypes = [ctypes.c_void_p]
la.archive_read_support_format_7zip.argtypes = [ctypes.c_void_p]
la.archive_read_support_filter_all.argtypes = [ctypes.c_void_p]
la.archive_read_open_memory.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
la.archive_read_next_header.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
la.archive_read_data.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
la.archive_read_data.restype = ctypes.c_ssize_t
la.archive_error_string.restype = ctypes.c_char_p
la.archive_error_string.argtypes = [ctypes.c_void_p]
data = open(sys.argv[1], "rb").read()
a = la.archive_read_new()
la.archive_read_support_format_7zip(a); la.archive_read_support_filter_all(a)
buf = ctypes.create_string_buffer(data, len(data))
assert la.archive_read_open_memory(a, buf, len(data)) == 0, la.archive_error_string(a)
entry = ctypes.c_void_p(); out = {}
import hashlib
while True:
    r = la.archive_read_next_header(a, ctypes.byref(entry))
    if r == 1: break
    if r != 0: print(json.dumps({"error": (la.archive_error_string(a) or b"").decode()})); sys.exit(1)
    name = la.archive_entry_pathname_utf8(entry).decode()
    chunks = b""
    b = ctypes.create_string_buffer(65536)
    while True:
        n = la.archive_read_data(a, b, 65536)
        if n < 0: print(json.dumps({"error": (la.archive_error_string(a) or b"").decode()})); sys.exit(1)
        if n == 0: break
        chunks += b.raw[:n]
    out[name] = hashlib.sha256(chunks).hexdigest() + ":" + str(len(chunks))
print(json.dumps(out, ensure_ascii=False))
