import AccordCore
print("accord (under construction)")
