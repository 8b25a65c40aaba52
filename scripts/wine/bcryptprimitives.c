/* TEST ONLY, never shipped: a stand-in for Windows' bcryptprimitives.dll under Wine.
 *
 * Rust's standard library (1.78 and later) fills its random bytes with ProcessPrng from
 * bcryptprimitives.dll, which every Windows 10 and 11 has. Debian 12's Wine 8.0 does not
 * (Wine added it in 8.13), so diagnum.exe does not start there. scripts/wine-test.sh
 * builds this file with mingw and puts the DLL beside a copy of the test exe only; the
 * release zip (scripts/dist.sh) never contains it.
 *
 * ProcessPrng(data, len) is passed on to advapi32's SystemFunction036 (RtlGenRandom),
 * which Wine has, in pieces that fit its 32-bit length. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
