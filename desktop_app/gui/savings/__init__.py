"""The Savings tab (Tiết kiệm): thrift grid, results and charts, record lists and dialogs."""
