# format spec for numbers: sign, width, precision, grouping, types b/o/x/X/e/E/f/F/g/G/%/c/n, '#', zero-pad.
for v in [0, 7, -7, 255, -255, 1234567, -1234567]:
    print(v, f"{v:d}|{v:+d}|{v: d}|{v:8d}|{v:<8d}|{v:08d}|{v:,}|{v:_}|{v:b}|{v:#o}|{v:x}|{v:#X}|{v:_b}")
for v in [65, 97, 8364, 128512]:
    print(f"{v:c}", f"{v:>3c}|", f"{v:n}")
for v in [0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e-7, 1e21, 0.000123456, 100.0]:
    print(v, f"{v:f}|{v:.2f}|{v:10.3f}|{v:+.1f}|{v:e}|{v:.2E}|{v:g}|{v:.3G}|{v:%}|{v:.1%}|{v:,.2f}|{v:010.2f}|{v:}|{v:.3}")
for v in [0.5, 2.5, 1e16, 123.0, 1.0, 1e-5, 123456789.0]:
    print(v, f"{v:#g}|{v:#.0f}|{v:#.0e}|{v:.0f}|{v:.0e}|{v:g}|{v:.10g}|{v:n}|{v:_.1f}")
print(f"{1234567.125:_.2f}", f"{-1e6:,.0f}", f"{0.1:.20f}", f"{2 / 3:.17f}", f"{1 / 7:.30g}", f"{5e-324:.3e}", f"{1.7976931348623157e308:.1e}")
print(f"{10 ** 20:,}", f"{-(10 ** 20):_x}", f"{2 ** 64:e}", f"{2 ** 64:.3g}", f"{12:.2f}", f"{12:%}", f"{True:.1f}", f"{3:e}")
print(f"{12345:=+12,}", f"{-12345:=12,}", f"{12345:*^+12,}", f"{0.5:=+10.2%}", f"{-3:03}", f"{3:+03}", f"{-3.5:07.2f}")
print(f"{1.5:.0%}", f"{0.125:.1%}", f"{1:.0%}", f"{0:.3e}", f"{0:g}", f"{-0.0:g}", f"{float('inf'):08.2f}", f"{float('nan'):+}")
print(format(3, "4"), format(3.0, "4"), format(3.25, ""), format(1e16, ""), format(1e16, "g"), format(12.0, "g"), format(12.5, ".1f"))
print(f"{255:#07x}", f"{255:#010b}", f"{-255:#x}", f"{255:#_b}", f"{2 ** 40:_X}", f"{0:#o}", f"{0:#x}")
errs = [lambda: f"{1:,b}", lambda: f"{1.5:d}", lambda: f"{1:.2d}", lambda: f"{1.5:c}", lambda: f"{1:z}", lambda: f"{1:,_}", lambda: f"{1j:=5}"]
for f in errs:
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
