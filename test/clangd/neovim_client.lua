-- Headless Neovim (0.7, Debian 12) with its built-in LSP client and
-- torch-clangd as the server, set up by neovim_init.lua: on the file given
-- on the command line, print the diagnostics Neovim received, apply the
-- quick fix of the torch warning through Neovim's code-action menu (its
-- didChange is incremental), and print the diagnostics that follow. Exits
-- non-zero when the server stays silent.
--
--   cd PROJECT && TORCH_CLANGD=... nvim --headless --clean \
--     -u neovim_init.lua -c 'luafile neovim_client.lua' FILE
local timeout_ms = 300000
local out = io.stdout

local function fail(message)
  out:write('error: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function torch_diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if type(d.code) == 'string' and d.code:find('^torch%-') then
      table.insert(found, d)
    end
  end
  return found
end

local function show(diagnostics)
  for _, d in ipairs(diagnostics) do
    out:write(string.format('%d:%d: %s [%s]\n', d.lnum + 1, d.col + 1,
                            d.message, tostring(d.code)))
  end
end

if vim.bo.filetype ~= 'cpp' then fail('filetype ' .. vim.bo.filetype) end

if not vim.wait(timeout_ms, function() return #torch_diagnostics() > 0 end, 50) then
  fail('no torch diagnostic')
end
out:write('diagnostics received:\n')
show(vim.diagnostic.get(0))

-- What a user does: cursor on the warning, ask for code actions, pick the
-- first one in the menu.
local warning = torch_diagnostics()[1]
local before = vim.api.nvim_buf_get_lines(0, warning.lnum, warning.lnum + 1, true)[1]
vim.ui.select = function(items, opts, on_choice)
  out:write('menu: ' .. opts.format_item(items[1]) .. '\n')
  on_choice(items[1], 1)
end
vim.api.nvim_win_set_cursor(0, {warning.lnum + 1, warning.col})
vim.lsp.buf.code_action()
local function line_now()
  return vim.api.nvim_buf_get_lines(0, warning.lnum, warning.lnum + 1, true)[1]
end
if not vim.wait(timeout_ms, function() return line_now() ~= before end, 50) then
  fail('the code action changed nothing')
end
out:write(string.format('line %d now: %s\n', warning.lnum + 1, line_now()))

if not vim.wait(timeout_ms, function() return #torch_diagnostics() == 0 end, 50) then
  fail('the torch warning stayed after the fix')
end
out:write(string.format('diagnostics after the fix: %d\n', #vim.diagnostic.get(0)))
vim.cmd('qa!')
