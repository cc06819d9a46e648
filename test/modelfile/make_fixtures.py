#!/usr/bin/env python3
"""Writes the model-file fixtures in test/modelfile/Inputs/.

Run with Debian's python3-torch (1.13, CPU only), a development tool that
torch-tidy itself does not need:

    /usr/bin/python3 test/modelfile/make_fixtures.py

Every fixture is small (a few KB) and checked in; the unit tests
(checker/modelfile/unittests) and the oracle (test/oracle/model_files.cpp)
read them.

Well-formed models, named <how saved>_<parameter dtype>[_<location>].pt:
  jit_float.pt ... jit_double.pt   torch.jit.save of a scripted
      Conv2d -> BatchNorm2d -> Flatten -> Linear converted with .to(dtype);
      BatchNorm's num_batches_tracked buffer stays a Long storage.
  jit_mixed.pt        Conv2d and BatchNorm2d in Half, Linear in Float.
  jit_long_only.pt    a scripted module whose only tensor is a Long buffer.
  jit_float_cuda.pt   jit_float's model with every storage on 'cuda:0'. This
      machine has no CUDA, so the archive is made by rewriting: data.pkl of a
      CPU save is re-encoded opcode by opcode (pickletools.genops) with the
      location string 'cpu' replaced by 'cuda:0' (LibTorch memoizes the
      string once and refers back to it, so one string changes them all),
      and every other entry is copied unchanged.
  state_dict_half.pt  torch.save (zip format) of the Half model's state_dict,
      as a plain dict.
  state_dict_float_cuda.pt  torch.save of the Float state_dict with a
      location tagger registered through torch.serialization.register_package
      that names every storage 'cuda:0' (torch.save asks the registered
      taggers, lowest priority first, for each storage's location string).
  legacy_float.pt     torch.save(..., _use_new_zipfile_serialization=False):
      the pre-1.6 format, not a zip archive, so not understood.

Damaged inputs in Inputs/damaged/ (written without torch): see DAMAGED below.
"""
import io
import os
import pickletools
import struct
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "Inputs")
DAMAGED = os.path.join(INPUTS, "damaged")


def model(torch):
    torch.manual_seed(0)
    return torch.nn.Sequential(
        torch.nn.Conv2d(3, 2, 1), torch.nn.BatchNorm2d(2),
        torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(),
        torch.nn.Linear(2, 2))


def relocate_pickle(data, old, new):
    """Re-encodes a pickle with every string argument `old` replaced by `new`."""
    out = bytearray()
    ops = list(pickletools.genops(data))
    for i, (op, arg, pos) in enumerate(ops):
        end = ops[i + 1][2] if i + 1 < len(ops) else len(data)
        if op.name in ("BINUNICODE", "SHORT_BINUNICODE") and arg == old:
            enc = new.encode("utf-8")
            out += b"X" + struct.pack("<I", len(enc)) + enc
        else:
            out += data[pos:end]
    return bytes(out)


def relocate_archive(src, dst, old, new):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("/data.pkl"):
                data = relocate_pickle(data, old, new)
            # Keep the saved folder name: it is the stem of the source file,
            # so rename it to the stem of the new one.
            folder, rest = info.filename.split("/", 1)
            stem = os.path.splitext(os.path.basename(dst))[0]
            zout.writestr(zipfile.ZipInfo(stem + "/" + rest, info.date_time), data,
                          compress_type=info.compress_type)


def write_models():
    import torch

    class LongOnly(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("steps", torch.zeros(1, dtype=torch.long))

        def forward(self, x):
            return x + self.steps

    def out(name):
        return os.path.join(INPUTS, name)

    for name, dtype in [("float", torch.float), ("half", torch.half),
                        ("bfloat16", torch.bfloat16), ("double", torch.double)]:
        torch.jit.save(torch.jit.script(model(torch).to(dtype)), out("jit_%s.pt" % name))

    mixed = model(torch)
    mixed[0].half()
    mixed[1].half()
    torch.jit.save(torch.jit.script(mixed), out("jit_mixed.pt"))

    torch.jit.save(torch.jit.script(LongOnly()), out("jit_long_only.pt"))

    relocate_archive(out("jit_float.pt"), out("jit_float_cuda.pt"), "cpu", "cuda:0")

    # A plain dict (torch::pickle_load, which the oracle uses, reads an
    # OrderedDict as None); state_dict_float_cuda.pt keeps the OrderedDict.
    torch.save(dict(model(torch).half().state_dict()), out("state_dict_half.pt"))
    torch.save(model(torch).state_dict(), out("legacy_float.pt"),
               _use_new_zipfile_serialization=False)

    def cuda_tagger(obj):
        return "cuda:0"

    def no_deserializer(obj, location):
        return None

    torch.serialization.register_package(1, cuda_tagger, no_deserializer)
    try:
        torch.save(model(torch).state_dict(), out("state_dict_float_cuda.pt"))
    finally:
        torch.serialization._package_registry[:] = [
            entry for entry in torch.serialization._package_registry
            if entry[1] is not cuda_tagger]

    # What Python itself reads back, as a cross-check of the fixtures.
    for name in ["jit_float_cuda.pt"]:
        m = torch.jit.load(out(name), map_location="cpu")
        assert all(p.dtype == torch.float for p in m.parameters())
    sd = torch.load(out("state_dict_float_cuda.pt"), map_location="cpu")
    assert all(t.dtype in (torch.float, torch.long) for t in sd.values())


def zip_bytes(entries, compression=zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in entries:
            # A fixed date keeps the damaged inputs byte-for-byte reproducible.
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data,
                       compress_type=compression)
    return buf.getvalue()


def storage_pickle(extra=b""):
    """A hand-written data.pkl: one Half tensor storage, then `extra`."""
    return (b"\x80\x02"
            b"(X\x07\x00\x00\x00storage" b"ctorch\nHalfStorage\n"
            b"X\x01\x00\x00\x000" b"X\x03\x00\x00\x00cpu" b"K\x04tQ" + extra + b".")


def two_storage_pickle(second_class):
    """data.pkl naming a Half storage and a second one whose class is given
    by the opcodes second_class (a GLOBAL, or a BINGET of the first one)."""
    return (b"\x80\x02]q\x00("
            b"(X\x07\x00\x00\x00storageq\x01ctorch\nHalfStorage\nq\x02"
            b"X\x01\x00\x00\x000X\x03\x00\x00\x00cpuq\x03K\x04tQ"
            b"(h\x01" + second_class +
            b"X\x01\x00\x00\x001h\x03K\x04tQ"
            b"e.")


def write_damaged():
    jit_float = open(os.path.join(INPUTS, "jit_float.pt"), "rb").read()
    pkl = storage_pickle()
    damaged = {
        "empty.pt": b"",
        "not_a_zip.pt": b"this is not a model\n" * 4,
        # The central directory is at the end: the first half has none.
        "truncated.pt": jit_float[: len(jit_float) // 2],
        "truncated_pickle.pt": zip_bytes([("m/data.pkl", pkl[:-6])]),
        "no_data_pkl.pt": zip_bytes([("m/version", b"3\n"), ("m/data/0", b"\0\0")]),
        "two_folders.pt": zip_bytes([("a/data.pkl", pkl), ("b/data.pkl", pkl)]),
        "top_level_file.pt": zip_bytes([("data.pkl", pkl)]),
        "bad_opcode.pt": zip_bytes([("m/data.pkl", b"\x80\x02\xff.")]),
        "absurd_length.pt": zip_bytes(
            [("m/data.pkl", b"\x80\x02X\xff\xff\xff\x7fabc.")]),
        "absurd_long4.pt": zip_bytes(
            [("m/data.pkl", b"\x80\x02\x8b\xff\xff\xff\x7f.")]),
        "unknown_memo.pt": zip_bytes([("m/data.pkl", b"\x80\x02h\x07.")]),
        "stack_underflow.pt": zip_bytes([("m/data.pkl", b"\x80\x02NR.")]),
        "deep_marks.pt": zip_bytes([("m/data.pkl", b"\x80\x02" + b"(" * 100000 + b"N.")],
                                 zipfile.ZIP_DEFLATED),
        # 100000 lists nested by APPEND: legal, and read without recursion.
        "deep_lists.pt": zip_bytes(
            [("m/data.pkl", b"\x80\x02" + b"]" * 100000 + b"a" * 99999 + b".")],
            zipfile.ZIP_DEFLATED),
        "no_stop.pt": zip_bytes([("m/data.pkl", pkl[:-1])]),
        "bad_crc.pt": None,  # filled below
    }
    # A stored data.pkl whose bytes no longer match the recorded CRC.
    good = zip_bytes([("m/data.pkl", pkl)])
    at = good.find(b"HalfStorage")
    damaged["bad_crc.pt"] = good[:at] + b"F" + good[at + 1:]
    for name, data in damaged.items():
        with open(os.path.join(DAMAGED, name), "wb") as f:
            f.write(data)
    # Well-formed hand-written archive used by the unit tests.
    with open(os.path.join(INPUTS, "handmade_half.pt"), "wb") as f:
        f.write(zip_bytes([("handmade_half/data.pkl", pkl),
                           ("handmade_half/data/0", b"\0" * 8)]))
    # A storage class that is not torch.<Type>Storage: the dtype is unknown.
    with open(os.path.join(INPUTS, "handmade_unknown_class.pt"), "wb") as f:
        f.write(zip_bytes([("m/data.pkl", two_storage_pickle(b"cmylib\nFancyStorage\n"))]))
    # Two Half storages, the second naming the class through the memo.
    with open(os.path.join(INPUTS, "handmade_two_half.pt"), "wb") as f:
        f.write(zip_bytes([("m/data.pkl", two_storage_pickle(b"h\x02"))]))


def main():
    os.makedirs(DAMAGED, exist_ok=True)
    if "--damaged-only" not in sys.argv:
        write_models()
    write_damaged()


if __name__ == "__main__":
    main()
