// Post-build step on wasm-bindgen's glue (run by minify.mjs before terser):
// short ASCII strings passed from the wasm to JavaScript are read byte by
// byte instead of through TextDecoder.
//
// Why: every DOM call with text (a tag, an attribute's name and value, a
// text node) hands the glue a string from the wasm's memory, and the glue
// decodes each with `TextDecoder.decode` on a fresh `subarray`. A render of
// 2,000 versions makes about 40,000 such calls; in Chromium's CPU profile of
// 20 framework switches (2026-12-04, sampled, so slower than `make bench`)
// that decoding was 16 ms of each 44 ms re-render, the largest part: the
// call's fixed cost, not the bytes. Nearly all of these strings are short
// and ASCII; any other string still goes through TextDecoder, so what
// arrives is the same text either way (tests/scripts/ascii-strings.mjs).
//
// The glue's function is matched exactly (wasm-bindgen is pinned); a glue
// without it, or with it twice, fails the build rather than ship unpatched.

const ORIGINAL = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;

const PATCHED = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const memory = getUint8ArrayMemory0();
    // Short ASCII text byte by byte: TextDecoder's cost per call is what a
    // render with many DOM calls spent most on (scripts/ascii-strings.mjs).
    if (len < 64) {
        let text = '';
        for (let i = ptr; i < ptr + len; i++) {
            if (memory[i] > 127) return decodeText(memory.subarray(ptr, ptr + len));
            text += String.fromCharCode(memory[i]);
        }
        return text;
    }
    return decodeText(memory.subarray(ptr, ptr + len));
}`;

/** The glue `js` with the short-ASCII path; throws when it isn't the glue this was written for. */
export function asciiStrings(js) {
  const found = js.split(ORIGINAL).length - 1;
  if (found !== 1) {
    throw new Error(`ascii-strings: expected wasm-bindgen's getStringFromWasm0 once in the glue, found it ${found} times`);
  }
  return js.replace(ORIGINAL, () => PATCHED);
}
