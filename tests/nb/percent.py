# A percent-format script (as jupytext and VS Code write them): `# %%` starts a code cell,
# `# %% [markdown]` a markdown cell.  ouro runs it as a notebook.
import sys

# %% [markdown]
# # Cells in a plain .py file
# Each top-level statement is compiled on its own, as in a notebook.

# %%
a = 1000
b = 1000
a is b

# %% A titled cell
c = "two words"
d = "two words"
print(c is d, c == d)
sys.getrefcount(c)

# %%
1 / 0

# %%
print("after the error")
