/**
 * A 32×32 PNG drawn for the demo: blue sky, green ground and a yellow sun in the upper right.
 * Inline as a data URI so the image scenario needs no network; a public `https://…png` URL works
 * the same way with `imageUrl: { url }`.
 */
export const SAMPLE_IMAGE_DATA_URI =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAASElEQVR42mPI2/Kfpohh1IKhbcH/EwzIiMoWoJmOyw4GKpqO1Y5RC4asBTRPRfTIB6Nl0agFcAs0FtjQFI1aMGrBqAWjFhCBABZRwJk3M3GpAAAAAElFTkSuQmCC';
