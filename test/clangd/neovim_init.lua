-- The Neovim 0.7 recipe of integration/README.md as an init.lua, with the
-- server's path from the environment and without the background index.
local torch_clangd = vim.lsp.start_client({
  name = 'torch-clangd',
  cmd = { os.getenv('TORCH_CLANGD'), '--background-index=false' },
  root_dir = vim.fn.getcwd(),
})
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'c', 'cpp' },
  callback = function() vim.lsp.buf_attach_client(0, torch_clangd) end,
})
