#!/usr/bin/env python3
"""The CUDA half of the device rules, for a machine with a GPU and PyTorch.

PyTorch's Python API calls the same ATen operators as LibTorch's C++ API, so
these runs prove on a real GPU what the CPU-only oracle programs cannot:
cuda() and to(cuda) move tensors, dtype conversions keep the device, a
module moved to the GPU rejects CPU input, a Half module rejects Float input
with the messages users see, and a CPU zero-dim tensor may meet a CUDA one.
Not part of the CI suite (CI machines have no GPU).

Usage: python3 test/oracle/gpu/cuda_facts.py   (exit 77: no CUDA here)
"""
import sys

try:
    import torch
except ImportError:
    print("no PyTorch on this machine")
    sys.exit(77)
if not torch.cuda.is_available():
    print("no CUDA device")
    sys.exit(77)

passed = failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what, detail)


def throws(what, fn, needle):
    try:
        fn()
    except Exception as e:  # the runtime's own message
        msg = str(e)
        check(what, needle in msg, msg.splitlines()[0] if msg else "")
        print("  %s: %s" % (what, msg.splitlines()[0] if msg else ""))
        return
    check(what, False, "did not throw")


cpu = torch.ones(2, 2)
check("cuda() moves to cuda", cpu.cuda().device.type == "cuda")
check("to('cuda:0') moves to cuda:0", cpu.to("cuda:0").device == torch.device("cuda:0"))
check("to(dtype) keeps the device", cpu.cuda().to(torch.half).device.type == "cuda")
check("to(dtype) on cuda converts", cpu.cuda().to(torch.half).dtype == torch.half)
check("cpu() moves back", cpu.cuda().cpu().device.type == "cpu")
check("zeros_like keeps cuda", torch.zeros_like(cpu.cuda()).device.type == "cuda")
check("cuda op keeps cuda", (cpu.cuda() * 2).device.type == "cuda")
check("cpu zero-dim meets cuda", (cpu.cuda() + torch.tensor(1.0)).device.type == "cuda")
# torch-operand-device: matrix products are strict, elementwise ops accept
# only a zero-dim CPU operand.
throws("matmul of cpu and cuda", lambda: torch.matmul(cpu, cpu.cuda()), "same device")
throws("mm of cuda and cpu", lambda: torch.mm(cpu.cuda(), cpu), "same device")
throws("add of cpu and cuda", lambda: cpu + cpu.cuda(), "same device")

lin = torch.nn.Linear(2, 2)
lin.to("cuda")
check("Module.to(cuda) moves parameters", lin.weight.device.type == "cuda")
throws("cuda Linear on cpu input", lambda: lin(cpu), "same device")
lin.half()
throws("Half cuda Linear on Float cuda input", lambda: lin(cpu.cuda()), "same dtype")
check("Half cuda Linear on Half cuda input", lin(cpu.cuda().half()).dtype == torch.half)

conv = torch.nn.Conv2d(1, 1, 1).to("cuda", torch.half)
x = torch.ones(1, 1, 2, 2)
# The wording differs between releases ("Input type (CUDAFloatType) and
# weight type (CUDAHalfType) ...", "Input type (float) and bias type
# (c10::Half) ..."); the part that stays is checked.
throws("Half cuda Conv2d on Float cuda input", lambda: conv(x.cuda()),
       "should be the same")
throws("Half cuda Conv2d on Float cpu input", lambda: conv(x), "should be the same")
scripted = torch.jit.script(torch.nn.Conv2d(1, 1, 1)).to("cuda", torch.half)
throws("Half cuda TorchScript conv on Float input", lambda: scripted(x.cuda()), "should be the same")

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
