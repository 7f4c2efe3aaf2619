import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name of an entry `readdir` returned, read in place up to its terminating NUL.
///
/// The C library allocates each entry only as long as its name needs (`d_reclen`), so copying
/// the whole `d_name` field (256 bytes in the struct's declaration) reads past the allocation:
/// the name is read through a pointer to the field instead.
package func directoryEntryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
    guard let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return "" }
    let name = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
    return String(cString: name)
}
